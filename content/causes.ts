import { links } from './links';
import type { Cause } from './types';

/**
 * The article's checklist: its three "after sex" items and its ten "other causes", in the
 * article's order. Summaries are ours; each says only what the article says.
 */
const causesList = [
  {
    id: 'sex-intensity',
    section: 'after-sex',
    tradition: 'biomedical',
    title: 'Sex that is too frequent, long or intense',
    summary: 'Very frequent, long or vigorous sex can leave the lower back aching afterwards.',
    whatToDo:
      'Adjust how often, how long and how intensely you have sex. The article says this usually relieves the pain.',
    seeDoctor: 'If the pain stays or gets worse after these changes (see "Pain that lasts or gets worse").',
    links: [links.backPainMedline, links.backPainNhs],
  },
  {
    id: 'sex-position',
    section: 'after-sex',
    tradition: 'biomedical',
    title: 'A one-sided or awkward position',
    summary: 'A position that puts too much force on one side of the waist can cause pain on that side.',
    whatToDo: 'Change to other positions so that both sides of the body share the load.',
    seeDoctor: 'If the pain stays or gets worse after these changes (see "Pain that lasts or gets worse").',
    links: [links.backPainNhs, links.backPainNiams],
  },
  {
    id: 'injury-after-sex',
    section: 'after-sex',
    tradition: 'biomedical',
    title: 'Pain that lasts or gets worse',
    summary:
      'Pain that continues, lasts longer or becomes more severe after these changes may mean an injury, such as a lumbar muscle strain or a lumbar disc herniation.',
    whatToDo: 'Do not wait for it to pass: have it checked.',
    seeDoctor: 'As soon as possible, the article says.',
    links: [links.lowBackPainAcute, links.sprainsStrains, links.herniatedDiskMedline],
  },
  {
    id: 'pregnancy-postpartum',
    section: 'other-causes',
    tradition: 'biomedical',
    title: 'Fatigue in pregnancy and after giving birth',
    summary:
      'In pregnancy the lumbar and pelvic ligaments loosen and the growing womb shifts the body forward; too little calcium can weaken bones; heavy bleeding, fatigue and cold after birth can add to the pain.',
    whatToDo: 'Rest enough, and make sure your diet gives enough calcium and phosphorus.',
    seeDoctor: null,
    links: [links.pregnancyBackPainNhs, links.osteoporosisMedline],
  },
  {
    id: 'kidney-deficiency',
    section: 'other-causes',
    tradition: 'tcm',
    title: 'Kidney deficiency',
    summary:
      'A traditional Chinese medicine idea, not a kidney disease: the article says it affects women as well as men and can cause low back pain.',
    whatToDo: 'The article suggests foods it calls kidney-nourishing, such as some organ meats, vegetables and fruit.',
    seeDoctor: null,
    links: [links.tcmNccih],
  },
  {
    id: 'lumbar-muscle-strain',
    section: 'other-causes',
    tradition: 'biomedical',
    title: 'Lumbar muscle strain',
    summary:
      'Standing for long hours (hairdressers, shop staff, nurses) or often carrying heavy loads overworks the muscles and ligaments of the lower back.',
    whatToDo: null,
    seeDoctor: null,
    links: [links.sprainsStrains, links.lowBackPainAcute],
  },
  {
    id: 'lumbar-spine-disease',
    section: 'other-causes',
    tradition: 'biomedical',
    title: 'Lumbar spine disease',
    summary:
      'With age, osteoporosis can cause collapsed (compression) fractures of the vertebrae and lumbar spinal stenosis that presses on nerves; bony outgrowths (osteophytes) can cause lasting pain.',
    whatToDo: null,
    seeDoctor: null,
    links: [links.compressionFractures, links.spinalStenosisMedline, links.spinalStenosisNhs, links.osteoporosisNhs],
  },
  {
    id: 'blood-stasis',
    section: 'other-causes',
    tradition: 'tcm',
    title: 'Blood stasis',
    summary:
      'A traditional Chinese medicine idea: after a strain or sprain, poor local flow of "qi and blood" is said to cause local tingling, needle-like pain.',
    whatToDo:
      'First rule out organic diseases such as lumbar disc herniation, kidney stones or nephritis; early on they are hard to tell apart.',
    seeDoctor: 'Have an examination: the article says it is necessary, because pain from those diseases lasts longer.',
    links: [links.tcmNccih],
  },
  {
    id: 'high-heels',
    section: 'other-causes',
    tradition: 'biomedical',
    title: 'Wearing high heels for a long time',
    summary:
      'Long hours in high heels upset the balance of the legs and body, making an acute lumbar sprain more likely: torn muscle and ligament fibres, swelling, even bruising.',
    whatToDo: null,
    seeDoctor: null,
    links: [links.sprainsStrains, links.lowBackPainAcute],
  },
  {
    id: 'pelvic-tumours',
    section: 'other-causes',
    tradition: 'biomedical',
    title: 'Pelvic tumours',
    summary:
      'Uterine fibroids, cervical cancer and ovarian cysts can cause low back pain by pressing on nerves or spreading into pelvic tissue, often with pain across the whole abdomen.',
    whatToDo: null,
    seeDoctor: 'The article notes that medicines often do not relieve this pain.',
    links: [
      links.fibroidsMedline,
      links.fibroidsNhs,
      links.cervicalCancerMedline,
      links.cervicalCancerNhs,
      links.ovarianCystsMedline,
      links.ovarianCystNhs,
    ],
  },
  {
    id: 'disc-herniation',
    section: 'other-causes',
    tradition: 'biomedical',
    title: 'Lumbar disc herniation',
    summary:
      'A common cause in young and middle-aged women, mostly after injury or long-term strain: low back pain that spreads down the legs, with numbness.',
    whatToDo: 'The article names bed traction and surgery as treatments.',
    seeDoctor: null,
    links: [links.herniatedDiskMedline, links.slippedDiscNhs, links.herniatedDiskMayo],
  },
  {
    id: 'cold-dampness',
    section: 'other-causes',
    tradition: 'tcm',
    title: 'Cold and dampness',
    summary:
      'A traditional Chinese medicine idea: wind and cold invading the lower back cause a local, cold pain that worsens on rainy days.',
    whatToDo: null,
    seeDoctor: null,
    links: [links.tcmNccih],
  },
  {
    id: 'sacroiliac-strain',
    section: 'other-causes',
    tradition: 'biomedical',
    title: 'Sacroiliac joint strain',
    summary:
      'One of the most common causes in women: late in pregnancy its ligaments relax and it sprains easily; the pain is local and lasting, worse with activity, bearing weight or turning over.',
    whatToDo: null,
    seeDoctor: null,
    links: [links.sacroiliitisMayo],
  },
] as const satisfies readonly Cause[];

export type CauseId = (typeof causesList)[number]['id'];

export const causes: readonly (Cause & { id: CauseId })[] = causesList;
