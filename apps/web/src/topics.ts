import type { Question } from "@lac/questions";
import { councilQuestions } from "@lac/questions";

/** One question page: the questions of one part of the configuration. */
export interface Topic {
  readonly id: string;
  readonly title: string;
  /** What the page is about, shown under its heading. */
  readonly lead: string;
  readonly questions: readonly Question[];
}

interface TopicInfo {
  readonly id: string;
  readonly title: string;
  readonly lead: string;
}

const COUNCIL: TopicInfo = {
  id: "council",
  title: "Your council",
  lead: "The council that runs the programme. Its ONS GSS code and nation are checked together. A council in Wales also says here whether its documents are in Welsh too.",
};
const PROGRAMME: TopicInfo = {
  id: "programme",
  title: "The programme",
  lead: "Who sponsors and leads Local Area Coordination, when it starts and its optional budget.",
};
const NEIGHBOURHOODS: TopicInfo = {
  id: "neighbourhoods",
  title: "Neighbourhoods",
  lead: "Where Local Area Coordinators start. Add, change or remove a neighbourhood.",
};
const TEAM: TopicInfo = {
  id: "team",
  title: "The team",
  lead: "The coordinators' posts and their manager. Role titles only, never a person's name.",
};
const LEADERSHIP: TopicInfo = {
  id: "leadership",
  title: "Leadership group",
  lead: "The organisations on the programme's leadership group.",
};
const PARTNERS: TopicInfo = {
  id: "partners",
  title: "Partners",
  lead: "Organisations that share information with the programme: each gets a data-sharing agreement.",
};
const DATA_PROTECTION: TopicInfo = {
  id: "data-protection",
  title: "Data protection",
  lead: "How the programme handles personal data. The documents are drafts for your information-governance review.",
};
const DOCUMENTS: TopicInfo = {
  id: "documents",
  title: "Evaluation and documents",
  lead: "How the programme is evaluated, and the formats of the pack (with the layout of Welsh documents).",
};

/** The page a path of the configuration is asked on. */
export function topicInfoOf(path: string): TopicInfo {
  if (path.startsWith("programme.waves")) return NEIGHBOURHOODS; // waves follow from the neighbourhoods
  // A Welsh council's languages are asked with its nation, as lac init asks them: the Welsh names that
  // only Welsh documents use (the programme's, the manager's title, each neighbourhood's and partner's)
  // are then asked on their own pages, which show them only when the documents include Welsh.
  if (path === "output.languages") return COUNCIL;
  const head = path.split(/[.[]/)[0];
  switch (head) {
    case "council":
      return COUNCIL;
    case "programme":
      return PROGRAMME;
    case "neighbourhoods":
      return NEIGHBOURHOODS;
    case "team":
      return TEAM;
    case "leadershipGroup":
      return LEADERSHIP;
    case "partners":
      return PARTNERS;
    case "dataProtection":
      return DATA_PROTECTION;
    default:
      return DOCUMENTS;
  }
}

/** The question pages, in the order `lac init` asks their questions. */
export function topicsOf(questions: readonly Question[] = councilQuestions): Topic[] {
  const topics: { info: TopicInfo; questions: Question[] }[] = [];
  for (const question of questions) {
    const info = topicInfoOf(question.path);
    const topic = topics.find((candidate) => candidate.info.id === info.id);
    if (topic) topic.questions.push(question);
    else topics.push({ info, questions: [question] });
  }
  return topics.map(({ info, questions: list }) => ({ ...info, questions: list }));
}
