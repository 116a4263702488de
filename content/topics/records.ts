import { sexIntensity } from './sex-intensity';
import { sexPosition } from './sex-position';
import { injuryAfterSex } from './injury-after-sex';
import { pregnancyPostpartum } from './pregnancy-postpartum';
import { kidneyDeficiency } from './kidney-deficiency';
import { lumbarMuscleStrain } from './lumbar-muscle-strain';
import { lumbarSpineDisease } from './lumbar-spine-disease';
import { bloodStasis } from './blood-stasis';
import { highHeels } from './high-heels';
import { pelvicTumours } from './pelvic-tumours';
import { discHerniation } from './disc-herniation';
import { coldDampness } from './cold-dampness';
import { sacroiliacStrain } from './sacroiliac-strain';
import { backPain } from './back-pain';
import { kidneyStones } from './kidney-stones';
import { nephritis } from './nephritis';
import { caudaEquina } from './cauda-equina';
import { urinaryTractInfection } from './urinary-tract-infection';
import { kidneyInfection } from './kidney-infection';
import { pelvicInflammatoryDisease } from './pelvic-inflammatory-disease';
import { sexuallyTransmittedInfections } from './sexually-transmitted-infections';
import { chlamydia } from './chlamydia';
import { gonorrhoea } from './gonorrhoea';
import { endometriosis } from './endometriosis';
import { adenomyosis } from './adenomyosis';
import { interstitialCystitis } from './interstitial-cystitis';
import { prostatitis } from './prostatitis';
import { pelvicFloorDysfunction } from './pelvic-floor-dysfunction';
import { osteoarthritis } from './osteoarthritis';
import { ankylosingSpondylitis } from './ankylosing-spondylitis';
import { spondylolisthesis } from './spondylolisthesis';
import { muscleSpasm } from './muscle-spasm';
import { ectopicPregnancy } from './ectopic-pregnancy';
import { painDuringSex } from './pain-during-sex';
import { periodPain } from './period-pain';
import { warningSigns } from './warning-signs';
import { painRelief } from './pain-relief';
import { muscleRelaxants } from './muscle-relaxants';
import { steroidInjections } from './steroid-injections';
import { antibiotics } from './antibiotics';
import { physiotherapy } from './physiotherapy';
import { pelvicFloorExercises } from './pelvic-floor-exercises';
import { imaging } from './imaging';
import { labTests } from './lab-tests';
import { stiTesting } from './sti-testing';
import { laparoscopy } from './laparoscopy';
import type { TopicRecord } from '../types';

/**
 * Every topic, one record each with its terms, in the panel's order: the article's 13 causes
 * in the article's order, the conditions it names, the topics beyond it, the warning signs,
 * then treatments and tests. The lexicon's term order, which the matcher's indexes refer to,
 * follows this list.
 */
export const topicRecords = [
  sexIntensity,
  sexPosition,
  injuryAfterSex,
  pregnancyPostpartum,
  kidneyDeficiency,
  lumbarMuscleStrain,
  lumbarSpineDisease,
  bloodStasis,
  highHeels,
  pelvicTumours,
  discHerniation,
  coldDampness,
  sacroiliacStrain,
  backPain,
  kidneyStones,
  nephritis,
  caudaEquina,
  urinaryTractInfection,
  kidneyInfection,
  pelvicInflammatoryDisease,
  sexuallyTransmittedInfections,
  chlamydia,
  gonorrhoea,
  endometriosis,
  adenomyosis,
  interstitialCystitis,
  prostatitis,
  pelvicFloorDysfunction,
  osteoarthritis,
  ankylosingSpondylitis,
  spondylolisthesis,
  muscleSpasm,
  ectopicPregnancy,
  painDuringSex,
  periodPain,
  warningSigns,
  painRelief,
  muscleRelaxants,
  steroidInjections,
  antibiotics,
  physiotherapy,
  pelvicFloorExercises,
  imaging,
  labTests,
  stiTesting,
  laparoscopy,
] as const satisfies readonly TopicRecord[];
