// One test per finding of review 40, by a council's information governance officer and easy read lead
// reading the documents residents are given, and by an implementation lead reading the panel guide.
// (1) The Easy Read notice said the council shares without asking "only if a child or adult is at risk",
// then gave three other reasons, and ended its rows on recognised legitimate interests with "We cannot
// use these reasons", which reads as if the council cannot share to keep people safe. (2) It never said
// who the council may tell, nor that there is a longer notice. (3) The full notice did not say that the
// partners that are not public bodies use information about crimes only with the person's consent (DPA
// 2018 Schedule 1 paragraph 29), as the form, the DPIA and the agreements say, and called the person's
// agreement to share their explicit consent, where section 12 and the form ask for it separately. (4) It
// named as recipients only "community groups, family members or friends", where the form offers carers
// and representatives, and said a partner gets nothing "except without your agreement". (5) It did not
// say that a person's story is used only with their agreement to its words, as the DPIA promises. (6)
// The English panel guide had no invitation to residents, which the Welsh guide has.
import { describe, expect, it } from "vitest";
import { documentOf, EXAMPLES, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const cwmTeg = example("cwm-teg");
const EASY_READ = "data-protection/privacy-notice-easy-read.md";
const EASY_READ_CY = "data-protection/privacy-notice-easy-read.cy.md";
const NOTICE = "data-protection/privacy-notice.md";
const NOTICE_CY = "data-protection/privacy-notice.cy.md";

describe("the Easy Read notice says when the council shares without asking, in words that agree", () => {
  it.each(EXAMPLES)("gives every reason as one of several, not 'only', in %s", (name) => {
    const text = part(documentOf(example(name), EASY_READ), "## Who we share it with");
    expect(text).not.toContain("This is only if");
    expect(text).toContain(
      "| Picture: a warning sign | Sometimes we must tell someone without asking you. |\n" +
        "| Picture: a warning sign | We do this if a child or adult is at risk of harm. |\n" +
        "| Picture: an ambulance | Or in an emergency, to protect someone's life. |",
    );
  });

  it("says, after the partners' reasons it cannot use, that other laws let it share to keep people safe", () => {
    const text = documentOf(example("stanmoor"), EASY_READ);
    expect(text).toContain(
      "| Picture: a law book | We cannot use these reasons. |\n" +
        "| Picture: a law book | Other laws let us share to keep people safe, or to stop crime. |",
    );
    expect(documentOf(cwmTeg, EASY_READ_CY)).toContain(
      "| Llun: llyfr cyfraith | Ni allwn ddefnyddio'r rhesymau hyn. |\n" +
        "| Llun: llyfr cyfraith | Mae cyfreithiau eraill yn gadael i ni rannu i gadw pobl yn ddiogel, neu i atal trosedd. |",
    );
  });
});

describe("the Easy Read notice says who the council may tell, and that there is a longer notice", () => {
  it("names each organisation the council may tell if the person says yes, in English and in Welsh", () => {
    const config = example("stanmoor");
    const text = part(documentOf(config, EASY_READ), "## Who we share it with");
    expect(text).toContain(
      "| Picture: a building | If you say yes, we may tell some organisations about you. |\n" +
        "| Picture: a building | Stanmoor Teaching Hospitals NHS Foundation Trust is one of them. |\n" +
        "| Picture: a building | Stanmoor Community Housing is one of them. |\n" +
        "| Picture: a building | Greater Stanmoor Fire and Rescue Service is one of them. |\n" +
        "| Picture: a building | Voluntary Action Stanmoor is one of them. |\n",
    );
    // The police, which only tell the council, are not among them; the NHS board gets only figures.
    expect(text).not.toContain("Greater Stanmoor Police is one of them");
    expect(text).not.toContain("NHS Stanmoor and District Integrated Care Board is one of them");
    expect(text).toContain(
      "| Picture: family and friends | If you say yes, we may tell people and groups you name. |",
    );
    expect(part(documentOf(cwmTeg, EASY_READ_CY), "## Gyda phwy rydym yn ei rhannu")).toContain(
      "| Llun: adeilad | Os byddwch yn dweud ie, efallai y byddwn yn dweud wrth rai sefydliadau amdanoch. |\n" +
        "| Llun: adeilad | Mae Bwrdd Iechyd Prifysgol Cwm Teg yn un ohonynt. |\n" +
        "| Llun: adeilad | Mae Cyngor Gwirfoddol Sirol Cwm Teg yn un ohonynt. |\n",
    );
  });

  it("says where the longer notice is, at the council's address for it", () => {
    const config = example("stanmoor");
    expect(part(documentOf(config, EASY_READ), "## About this leaflet")).toContain(
      "| Picture: a leaflet | There is a longer version of this leaflet. |\n" +
        "| Picture: a person talking | Ask your coordinator for it. |\n" +
        `| Picture: a computer | It is also on our website: <${config.dataProtection.privacyNoticeUrl}>. |`,
    );
    const welshUrl = cwmTeg.dataProtection.privacyNoticeUrlCy ?? cwmTeg.dataProtection.privacyNoticeUrl;
    expect(part(documentOf(cwmTeg, EASY_READ_CY), "## Am y daflen hon")).toContain(
      `| Llun: cyfrifiadur | Mae hi hefyd ar ein gwefan: <${welshUrl}>. |`,
    );
  });
});

describe("the privacy notice says which partners use information about crimes only with consent", () => {
  const notice = documentOf(example("stanmoor"), NOTICE);

  it("says so for each partner that is not a public body, with paragraph 29, and not for public bodies", () => {
    const lawfulBasis = part(notice, "## 5. ");
    for (const partner of ["Stanmoor Community Housing", "Voluntary Action Stanmoor"]) {
      const bullet = lawfulBasis.split("\n").find((line) => line.startsWith(`- ${partner} `))!;
      expect(bullet).toContain(
        "It uses information about crimes or offences, such as a conviction, only with your consent too (DPA 2018 Schedule 1 Part 3 paragraph 29), or, without it, where the law allows it to protect a child or an adult at risk, or to prevent or detect crime.",
      );
    }
    const police = lawfulBasis.split("\n").find((line) => line.startsWith("- Greater Stanmoor Police "))!;
    expect(police).not.toContain("paragraph 29");
  });

  it("says the coordinator asks for that consent separately, as section 12 and the form do", () => {
    expect(part(notice, "## 5. ")).not.toContain("is also your explicit consent");
    expect(part(notice, "## 5. ")).toContain(
      "For Stanmoor Community Housing and Voluntary Action Stanmoor, your coordinator asks you separately, organisation by organisation, for your explicit consent to share information about your health or other sensitive information with them (UK GDPR Article 9(2)(a)), and for your consent to share information about crimes or offences (DPA 2018 Schedule 1 Part 3 paragraph 29).",
    );
    expect(part(notice, "## 12. ")).toContain(
      "rely on your explicit consent to use information about your health or other sensitive information, and on your consent to use information about crimes or offences.",
    );
    expect(part(documentOf(cwmTeg, NOTICE_CY), "## 12. ")).toContain(
      "ac ar eich cydsyniad i ddefnyddio gwybodaeth am droseddau.",
    );
  });
});

describe("the privacy notice names every kind of recipient the form offers", () => {
  it.each(EXAMPLES)(
    "names carers and representatives, and says plainly when a partner gets nothing, in %s",
    (name) => {
      const text = part(documentOf(example(name), NOTICE), "## 8. ");
      expect(text).toContain(
        "We may also share with community groups, and with family members, friends, carers or representatives, that you name.",
      );
      expect(text).not.toContain("except without your agreement");
    },
  );

  it("in Welsh too", () => {
    const text = part(documentOf(cwmTeg, NOTICE_CY), "## 8. ");
    expect(text).toContain(
      "Gallwn hefyd rannu gyda grwpiau cymunedol, a chydag aelodau o'r teulu, ffrindiau, gofalwyr neu gynrychiolwyr, rydych yn eu henwi.",
    );
    expect(text).not.toContain("ac eithrio heb eich cytundeb");
  });
});

describe("the privacy notice says a story is used only with the person's agreement to its words", () => {
  it("as the DPIA's measure says", () => {
    const config = example("stanmoor");
    expect(documentOf(config, "data-protection/dpia.md")).toContain(
      "stories only with the person's agreement to the words used",
    );
    expect(part(documentOf(config, NOTICE), "## 4. ")).toContain(
      "We use your story only if you agree to the words we use.",
    );
    expect(part(documentOf(cwmTeg, NOTICE_CY), "## 4. ")).toContain(
      "Rydym yn defnyddio eich stori dim ond os ydych yn cytuno â'r geiriau a ddefnyddiwn.",
    );
  });
});

describe("the English panel guide has the invitation to residents that the Welsh has", () => {
  it.each(EXAMPLES)("in %s, with the lead's contact", (name) => {
    const config = example(name);
    const invitation = part(
      documentOf(config, "roles/community-recruitment-panel-guide.md"),
      "## Invitation to residents",
    );
    expect(invitation).toContain(
      `> **Help choose your Local Area Coordinator.** ${config.council.name} is recruiting Local Area Coordinators`,
    );
    expect(invitation).toContain(
      `contact the ${config.programme.lead.role} at <${config.programme.lead.email}>`,
    );
    // Welsh or English at the panel only where the council is in Wales, as the guide's briefing says.
    expect(invitation.includes("You can take part in Welsh or English.")).toBe(
      config.council.nation === "wales",
    );
  });
});

describe("the agreement form's section 4 keeps a partner's consent-based information off the form", () => {
  it("tells staff to tick no special category or criminal offence information for those partners, in English and Welsh", () => {
    const form = part(
      documentOf(example("stanmoor"), "data-protection/agreement-to-share-form.md"),
      "### 4. What information",
    );
    expect(form).toContain(
      "If section 3 names Stanmoor Community Housing or Voluntary Action Stanmoor, tick no special category or criminal offence information on this form: they receive it only under the person's consent, recorded on a form of its own for each organisation.",
    );
    expect(part(documentOf(cwmTeg, "data-protection/agreement-to-share-form.cy.md"), "### 4. ")).toContain(
      "Os yw adran 3 yn enwi'r sefydliad hwn (Cyngor Gwirfoddol Sirol Cwm Teg), peidiwch â thicio unrhyw wybodaeth categori arbennig na gwybodaeth am droseddau ar y ffurflen hon: dim ond o dan gydsyniad y person, wedi'i gofnodi ar ffurflen ar wahân ar gyfer pob sefydliad, y caiff ei chael.",
    );
  });

  it("says nothing of it where every partner is a public body", () => {
    const config = example("stanmoor");
    const publicOnly = {
      ...config,
      partners: config.partners.filter(
        (partner) =>
          !["Stanmoor Community Housing", "Voluntary Action Stanmoor"].includes(partner.organisation),
      ),
    };
    expect(documentOf(publicOnly, "data-protection/agreement-to-share-form.md")).not.toContain(
      "tick no special category",
    );
  });
});

describe("the Easy Read notice gives a way to talk to the council other than email", () => {
  it("has a row for the council's phone number, in English and Welsh", () => {
    expect(part(documentOf(example("kingsmere"), EASY_READ), "## Who to talk to")).toContain(
      "| Picture: a phone | Or phone us on ____________________. |",
    );
    expect(part(documentOf(cwmTeg, EASY_READ_CY), "## Gyda phwy i siarad")).toContain(
      "| Llun: ffôn | Neu ffoniwch ni ar ____________________. |",
    );
  });
});
