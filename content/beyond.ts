import { links } from './links';
import type { WiderTopic } from './types';

/**
 * Causes of back pain during or after sex that consumer-health pages discuss and the article
 * does not. Shown everywhere as "Not in the article — from <source>"; facts from `source` only.
 */
const beyondList = [
  {
    id: 'urinary-tract-infection',
    title: 'Urinary tract infection (UTI)',
    summary: 'An infection, usually by bacteria, of the bladder, the urethra or, more seriously, the kidneys.',
    getCare:
      'Get an urgent appointment the same day if you have a fever or shivers, pain in your side or back under the ribs, or blood in your pee.',
    source: 'NHS',
    links: [links.utiNhs, links.utiMedline],
  },
  {
    id: 'kidney-infection',
    title: 'Kidney infection',
    summary:
      'A bacterial infection of one or both kidneys, usually spread up from the bladder; it can cause pain in the lower back or side.',
    getCare:
      'Get an urgent appointment if you have a high temperature or shivers, pain in your back or side under the ribs, or blood in your pee. Go to A&E if you are confused or very drowsy.',
    source: 'NHS',
    links: [links.kidneyInfectionNhs, links.kidneyInfectionNiddk],
  },
  {
    id: 'pelvic-inflammatory-disease',
    title: 'Pelvic inflammatory disease (PID)',
    summary:
      'An infection of the womb, fallopian tubes or ovaries, often spread from an STI; it can cause pelvic pain and deep pain during sex.',
    getCare:
      'See a GP or sexual health clinic if you have symptoms. Get urgent help if you have severe pain low in your tummy, a high temperature or are being sick.',
    source: 'NHS',
    links: [links.pidNhs, links.pidMedline, links.pidCdc],
  },
  {
    id: 'sexually-transmitted-infections',
    title: 'Sexually transmitted infections (STIs)',
    summary:
      'Infections passed on through sex or close genital contact. Many cause no symptoms, and some can cause pain during or after sex.',
    getCare: 'Go to a sexual health clinic or a GP if you think you might have an STI, even if you have no symptoms.',
    source: 'NHS',
    links: [links.stiNhs, links.stiMedline, links.stiCdc],
  },
  {
    id: 'chlamydia',
    title: 'Chlamydia',
    summary:
      'A common STI caused by bacteria. It often has no symptoms, but left untreated it can spread and cause pelvic inflammatory disease.',
    getCare: 'Get tested at a sexual health clinic or GP if you or a partner might have it, or if you have symptoms.',
    source: 'NHS',
    links: [links.chlamydiaNhs, links.chlamydiaMedline, links.chlamydiaCdc],
  },
  {
    id: 'gonorrhoea',
    title: 'Gonorrhoea',
    summary:
      'An STI caused by bacteria. It often has no symptoms, but left untreated it can spread and cause pelvic inflammatory disease.',
    getCare: 'Get tested at a sexual health clinic or GP if you or a partner might have it, or if you have symptoms.',
    source: 'NHS',
    links: [links.gonorrhoeaNhs, links.gonorrheaMedline, links.gonorrheaCdc],
  },
  {
    id: 'endometriosis',
    title: 'Endometriosis',
    summary:
      'Tissue like the lining of the womb grows elsewhere, such as on the ovaries, causing long-term pelvic or lower back pain and pain during or after sex.',
    getCare: 'See a GP if you have symptoms, especially if they have a big effect on your daily life.',
    source: 'NHS',
    links: [links.endometriosisNhs, links.endometriosisMedline],
  },
  {
    id: 'adenomyosis',
    title: 'Adenomyosis',
    summary:
      'The lining of the womb grows into the muscle of its wall, which can cause painful, heavy periods, pelvic pain and pain during sex.',
    getCare:
      'Get an urgent GP appointment or call 111 if pelvic or period pain is severe or worse than usual and painkillers have not helped. See a GP if sex is painful.',
    source: 'NHS',
    links: [links.adenomyosisNhs, links.uterineDiseasesMedline],
  },
  {
    id: 'interstitial-cystitis',
    title: 'Interstitial cystitis (bladder pain syndrome)',
    summary:
      'A long-term bladder problem with pressure and pain in the bladder and belly, often an urgent or frequent need to pee, and sometimes painful sex.',
    getCare: null,
    source: 'MedlinePlus',
    links: [links.interstitialCystitisMedline],
  },
  {
    id: 'prostatitis',
    title: 'Prostatitis',
    summary:
      'Swelling of the prostate gland. It can cause pain in the pelvis, genitals or lower back, pain when peeing, and pain when ejaculating.',
    getCare:
      'See a GP straight away if symptoms come on suddenly with pain and a fever. Not being able to pee at all needs urgent medical help.',
    source: 'NHS',
    links: [links.prostatitisNhs, links.prostatitisNiddk],
  },
  {
    id: 'pelvic-floor-dysfunction',
    title: 'Pelvic floor problems',
    summary:
      'The sling of muscles and tissue holding up the bladder, bowel and womb becomes weak or injured, causing leaks, heaviness or pain.',
    getCare: null,
    source: 'MedlinePlus',
    links: [links.pelvicFloorMedline, links.pelvicFloorNichd],
  },
  {
    id: 'osteoarthritis',
    title: 'Osteoarthritis and arthritis of the spine',
    summary:
      'The most common arthritis: joints become painful and stiff as their smooth lining wears and bony growths form. In the spine it causes back pain and stiffness.',
    getCare: 'See a GP if joint pain or stiffness keeps going or keeps coming back.',
    source: 'NHS',
    links: [links.osteoarthritisNhs, links.osteoarthritisMedline, links.osteoarthritisNiams],
  },
  {
    id: 'ankylosing-spondylitis',
    title: 'Ankylosing spondylitis',
    summary:
      'A long-term inflammatory arthritis of the spine and pelvis joints that usually starts before 45, causing back and buttock pain and stiffness, worse after rest.',
    getCare:
      'See a GP if back pain has lasted over 3 months, began gradually, is worse in the morning and eases with movement, especially if it started before 45.',
    source: 'NHS',
    links: [links.ankylosingSpondylitisNhs, links.ankylosingSpondylitisMedline, links.ankylosingSpondylitisNiams],
  },
  {
    id: 'spondylolisthesis',
    title: 'Spondylolisthesis',
    summary:
      'A bone of the spine (a vertebra) slips forward over the one below, often causing lower back pain that is worse standing and eased by lying down.',
    getCare: 'See a GP if back pain or stiffness, or pain in your thighs or buttocks, keeps going.',
    source: 'NHS',
    links: [links.spondylolisthesisNhs, links.spondylolisthesisMedline],
  },
  {
    id: 'muscle-spasm',
    title: 'Muscle spasm',
    summary:
      'A sudden, painful tightening of a muscle that you cannot control; in the lower back it often follows twisting or strain.',
    getCare: null,
    source: 'MedlinePlus',
    links: [links.muscleCrampsMedline, links.backPainMedline],
  },
  {
    id: 'ectopic-pregnancy',
    title: 'Ectopic pregnancy',
    summary:
      'A fertilised egg implants outside the womb, usually in a fallopian tube. It cannot become a baby and can burst, causing dangerous bleeding.',
    getCare:
      'Emergency: call 999 (911 in the US) or go to A&E for a sudden, sharp pain in your tummy with dizziness, fainting, feeling sick or looking very pale. If you might be pregnant and have one-sided tummy pain, bleeding or shoulder-tip pain, get advice the same day.',
    source: 'NHS',
    links: [links.ectopicPregnancyNhs, links.ectopicPregnancyMedline],
  },
  {
    id: 'pain-during-sex',
    title: 'Pain during sex (dyspareunia)',
    summary:
      'Pain in the genitals or pelvis during or after sex. It is common and has many causes, including infections, dryness and conditions such as endometriosis.',
    getCare: 'See a GP or go to a sexual health clinic if sex is painful, especially if it keeps happening.',
    source: 'NHS',
    links: [links.painDuringSexNhs, links.sexualProblemsWomenMedline],
  },
  {
    id: 'period-pain',
    title: 'Period pain',
    summary:
      'Cramping pain in the lower tummy around a period, as the womb tightens; it can spread to the lower back. Conditions such as endometriosis can make it worse.',
    getCare: 'See a GP if period pain is severe, changes or gets worse, or painkillers do not help.',
    source: 'NHS',
    links: [links.periodPainNhs],
  },
] as const satisfies readonly WiderTopic[];

export type BeyondId = (typeof beyondList)[number]['id'];

export const beyondTopics: readonly (WiderTopic & { id: BeyondId })[] = beyondList;
