import type { Principle } from "./principle.js";

/**
 * One principle, from its fields in the order of `Principle`: a call rather than an object literal, so that
 * the ten principles do not repeat the six field names in every bundle (the same objects, keys in the same order).
 */
function principle(
  number: number,
  id: Principle["id"],
  name: string,
  meaning: string,
  inPractice: readonly string[],
  reflectiveQuestions: readonly string[],
): Principle {
  return { id, number, name, meaning, inPractice, reflectiveQuestions };
}

/**
 * The ten principles of Local Area Coordination, in the order and with the names used by the
 * Local Area Coordination Network (lacnetwork.org, "10 principles of Local Area Coordination").
 *
 * The names are the Network's. The meanings, practice points and questions are the toolkit's own
 * words, drawn from the Network's and Community Catalysts' public descriptions of the approach.
 */
const data: readonly Principle[] = [
  principle(
    1,
    "citizenship",
    "Citizenship",
    "Every person has the same rights, responsibilities and chances to take part in and contribute to the life of their community, and their identity, beliefs and ways of living are respected.",
    [
      "Meeting people as fellow citizens and neighbours, not as cases, clients or service users.",
      "Starting from what a good life means to the person, not from what services are available.",
      "Noticing and challenging barriers that keep someone from the ordinary places and roles of community life.",
    ],
    [
      "Do the words we use about people describe citizens or services?",
      "Where in this neighbourhood are people still kept apart from ordinary community life?",
      "Whose rights and responsibilities are we quietly taking over?",
    ],
  ),
  principle(
    2,
    "relationships",
    "Relationships",
    "Family, friends and the wider personal network are the foundation of a good life in the community, and they are worth nurturing and protecting.",
    [
      "Taking time to build a trusting relationship before anything else, at the person's pace.",
      "Asking who matters to the person and how those relationships could be strengthened or renewed.",
      "Helping people build mutually supportive relationships rather than relying on paid ones.",
    ],
    [
      "Who is in this person's life, and who could be?",
      "Are we adding to the person's relationships, or standing in for them?",
      "How do our own systems make it easier or harder to spend time getting to know someone?",
    ],
  ),
  principle(
    3,
    "natural-authority",
    "Natural authority",
    "People and their families are the experts in their own lives and are best placed to make decisions about them.",
    [
      "Letting the person set the agenda, the boundaries and the pace of the relationship.",
      "Encouraging people to speak for themselves first, standing alongside them when asked, and speaking on their behalf only when there is no other option and only after agreeing what will be shared.",
      "Stepping back rather than fixing, so that people keep the chance to learn and lead.",
    ],
    [
      "Who made this decision, and who should have made it?",
      "When did we last step in where we could have stepped back?",
      "Does the person know they can change or end our involvement at any time?",
    ],
  ),
  principle(
    4,
    "lifelong-learning",
    "Lifelong learning",
    "Everyone can keep learning, developing and contributing throughout their life, and hard times can be a chance to grow.",
    [
      "Helping people reflect on their skills, strategies and past experiences before looking to services.",
      "Treating setbacks as chances to learn rather than as reasons to take over.",
      "Linking people with chances to learn, whether formal courses, clubs, volunteering or each other.",
    ],
    [
      "What has this person learned already that could help them now?",
      "Are we creating chances to learn, or removing them by doing things for people?",
      "What are we, as a team or partnership, learning from the people we walk alongside?",
    ],
  ),
  principle(
    5,
    "information",
    "Information",
    "Accurate, timely and relevant information, in a form that suits the person, makes informed decisions, choice and control possible.",
    [
      "Sharing clear, honest information about what is on offer locally, in and beyond services.",
      "Making sure information is accessible: the right format, language and moment for the person.",
      "Being open with people about what Local Area Coordination is and is not.",
    ],
    [
      "Does the person have what they need to make this decision for themselves?",
      "Is the information we give accurate, current and in a form the person can use?",
      "What do people in this neighbourhood not know about that they would want to know?",
    ],
  ),
  principle(
    6,
    "choice-and-control",
    "Choice and control",
    "People, often together with their families and networks, lead the decisions about their lives and plan, choose and control the support, services and resources they use.",
    [
      "Working from the person's own vision of a good life and their own plan.",
      "Agreeing with the person what will be shared, with whom and how, before any conversation with services on their behalf.",
      "Keeping formal services as one option among many, chosen by the person.",
    ],
    [
      "Whose plan is this?",
      "Did the person agree to what we shared, with whom and how?",
      "What would the person choose if the options were not limited to services?",
    ],
  ),
  principle(
    7,
    "community",
    "Community",
    "Communities are richer when they include everyone, and they are the main source of friendship, support and a meaningful life.",
    [
      "Getting to know local groups, organisations, businesses and people in the neighbourhood.",
      "Connecting people with shared interests and with clubs, faith groups, cafés and volunteering.",
      "Helping communities become more welcoming, not only helping individuals fit in.",
    ],
    [
      "What does this neighbourhood already have that we have not yet noticed?",
      "Who is missing from the places where local life happens?",
      "How are we helping the community to welcome people, not just people to find the community?",
    ],
  ),
  principle(
    8,
    "contribution",
    "Contribution",
    "The strengths, knowledge, skills and gifts of individuals, families and communities are valued, encouraged and put to use.",
    [
      "Asking about a person's gifts and interests as readily as about their difficulties.",
      "Finding places where people can give as well as receive.",
      "Recognising and celebrating what people and groups contribute to their neighbourhood.",
    ],
    [
      "What does this person bring that others would value?",
      "Where could they contribute, and who would welcome it?",
      "Do our records show people's gifts, or only their needs?",
    ],
  ),
  principle(
    9,
    "working-together",
    "Working together",
    "Partnerships between people and families, communities and services are vital to people's rights, inclusion and vision of a good life.",
    [
      "Building relationships with colleagues across council, health, housing, police and voluntary services.",
      "Helping people prepare for and be heard in meetings with services, and making those meetings accessible.",
      "Feeding back to leaders and commissioners what gets in the way, so that systems can change.",
    ],
    [
      "Who else cares about this, and are we working with them?",
      "Is the person at the centre of the decisions made about them?",
      "What have we learned that the wider system needs to hear?",
    ],
  ),
  principle(
    10,
    "complementary-nature-of-services",
    "Complementary nature of services",
    "Services support and complement, rather than replace, what people, families and communities do for themselves and each other.",
    [
      "Looking first to a person's own strengths, relationships and community before formal services.",
      "Keeping services as a back-up and helping people use them on their own terms when needed.",
      "Helping people avoid, delay or reduce reliance on services where that is what they want.",
    ],
    [
      "What could be done without a service, and would the person prefer that?",
      "Where a service is needed, does it strengthen the person's own networks or replace them?",
      "Which services could step back if community support were stronger?",
    ],
  ),
];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
}

/** The ten principles in the Network's order. Frozen: they cannot be changed at run time. */
export const principles: readonly Principle[] = deepFreeze(data);
