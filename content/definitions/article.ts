/**
 * Plain definitions (at most 25 words, our own words) of the terms in lexicon/article.ts, by
 * canonical term. Each is true of every variant grouped under its term. Traditional Chinese
 * medicine terms are defined as traditional ideas, never as kidney or blood diseases.
 */
export const articleDefinitions: Record<string, string> = {
  // General back pain
  'low back pain': 'Pain in the lower part of the back, between the bottom of the ribs and the top of the legs.',
  backache: 'An everyday word for a dull, aching pain in the back, most often the lower back.',
  lumbago: 'An older name for pain in the lower back, whatever its cause.',
  'back pain': 'Pain felt anywhere in the back. It is very common and usually eases within a few weeks.',

  // Nerve symptoms
  sciatica:
    'Pain that runs from the lower back or buttock down the back of a leg, caused by pressure on the sciatic nerve.',
  'radiating pain':
    'Pain that spreads out from where it starts, for example from the lower back down a leg along a nerve.',
  'numbness in the leg':
    'Loss of feeling in part of a leg. The article names it, with pain spreading down the legs, as a sign of a slipped disc.',
  'pins and needles':
    'A prickling, tingling feeling in the skin, often because a nerve is being pressed on or irritated.',
  'pinched nerve':
    'A nerve squeezed by tissue around it, such as a bulging disc or a bone spur, causing pain, tingling, numbness or weakness.',
  'lumbar radiculopathy':
    'Pain, numbness or weakness from a squeezed or irritated nerve root where it leaves the spine, often because of a slipped disc.',

  // After sex
  'back pain after sex':
    'Back pain that starts during or after sex. The article blames sex that is too frequent, long or intense, or an awkward position.',
  'sexual frequency':
    'How often someone has sex. The article says sex that is too frequent can leave the lower back aching.',
  'vigorous sex':
    'Sex that is long or forceful. The article says sex that lasts too long or is too intense can cause back pain.',
  'sexual position':
    'The way partners place their bodies during sex. The article says one that loads one side of the waist can cause one-sided pain.',
  'back injury':
    "Damage to the back's muscles, ligaments, discs or bones, for example from a strain, a sprain or a fall.",
  'persistent back pain':
    'Back pain that goes on, or gets worse, instead of easing. The article says that after sex this can mean an injury.',

  // Pregnancy and postpartum
  'pregnancy back pain':
    "Back pain while pregnant, common as hormones loosen ligaments and the growing bump shifts the body's balance forward.",
  'postpartum back pain': 'Back pain in the weeks or months after giving birth.',
  'pelvic girdle pain':
    'Pain in the joints at the front or back of the pelvis, common in pregnancy; it can spread to the lower back, hips and thighs.',
  'pelvic joint':
    'One of the joints of the pelvis: the two sacroiliac joints at the back and the pubic symphysis at the front.',
  'pubic symphysis':
    'The joint at the front of the pelvis where the two pubic bones meet. It loosens during pregnancy.',
  relaxin: 'A hormone made during pregnancy that loosens ligaments, helping the pelvis widen for birth.',
  'ligament laxity':
    'Ligaments looser than usual. In pregnancy, hormones loosen those of the lower back and pelvis, which the article links to back pain.',
  decalcification:
    'Loss of calcium from bone or teeth, which weakens them. The article links it to too little calcium in pregnancy.',
  'pregnancy-associated osteoporosis':
    'A rare bone weakening that appears in late pregnancy or while breastfeeding, sometimes with broken spine bones and back pain.',
  'calcium deficiency':
    'Not getting enough calcium. The article says too little calcium in pregnancy can weaken bones and lead to low back pain.',
  pregnancy:
    'Carrying a growing baby in the womb. The article says loosened ligaments and weight shifting forward can cause back pain then.',
  'late pregnancy':
    'The last months of pregnancy, when the article says hormones loosen ligaments and the sacroiliac joint sprains easily.',
  'postpartum period':
    'The weeks after giving birth, while the body recovers. The article says heavy bleeding, tiredness and cold then can cause back pain.',
  childbirth:
    'Giving birth to a baby. The article says heavy bleeding, early labour, exhaustion and cold around birth can lead to back pain.',
  'premature labour':
    'Labour and birth that come too early, before 37 weeks of pregnancy. The article lists it among causes of low back pain.',
  'postpartum haemorrhage':
    'Heavy bleeding after giving birth. The article lists too much bleeding after birth among causes of low back pain.',

  // Traditional Chinese medicine
  'kidney deficiency':
    'In traditional Chinese medicine, a weakness of the body\'s "kidney" energy, said to cause low back pain; not a kidney disease.',
  'kidney qi':
    'In traditional Chinese medicine, kinds of life energy said to be stored in the "kidneys"; not about how the kidney organs work.',
  'nourishing the kidneys':
    'In traditional Chinese medicine, foods or remedies said to strengthen "kidney" energy; not a treatment for kidney disease.',
  'blood stasis':
    'In traditional Chinese medicine, blood (and qi) said to flow poorly or get stuck in one place, blamed for fixed, prickling pain.',
  'cold and dampness':
    'In traditional Chinese medicine, cold and damp said to invade the body, causing a local, cold ache that worsens in wet weather.',

  // Strains and sprains
  'lumbar muscle strain':
    'An overstretched or torn muscle or tendon in the back, usually the lower back, often from heavy lifting, overuse or long standing.',
  'lumbar ligament':
    'A tough band of tissue holding the bones of the lower spine together or to the pelvis. Long standing or heavy loads can strain it.',
  'lumbar muscle':
    'One of the muscles of the lower back, which hold the spine upright and help you bend, twist and lift.',
  'heavy lifting':
    'Lifting or carrying heavy things. The article says carrying heavy loads often overworks the lower back and can strain its muscles.',
  'prolonged standing':
    'Standing for hours at a time, as in some jobs. The article says it strains the ligaments of the lower back.',
  'acute lumbar sprain':
    'A sudden overstretch or tear of ligaments in the back, usually the lower back. The article says long hours in high heels make one likelier.',
  'high heels':
    'Shoes with high, raised heels. The article says wearing them for long periods upsets balance and makes a lower back sprain likelier.',

  // Lumbar spine disease
  osteoporosis:
    'A condition that makes bones thin and fragile, so they break easily. It is most common in older women.',
  osteopenia: 'Bones a little less dense than normal, but not thin enough to be called osteoporosis.',
  'compression fracture':
    'A break in which a bone of the spine is squashed and partly collapses, often because osteoporosis has weakened it.',
  'vertebral fracture':
    'A break in one of the bones of the spine, from an injury, a fall, or bones weakened by osteoporosis.',
  'spinal stenosis':
    'Narrowing of the spaces inside the spine, which can press on nerves and cause pain, numbness or weakness in the legs.',
  'spinal canal':
    'The tunnel running through the bones of the spine that holds and protects the spinal cord and nerves.',
  'neurogenic claudication':
    'Pain, heaviness or weakness in the legs when walking or standing, eased by sitting or bending forward; a typical sign of spinal stenosis.',
  osteophyte:
    'A small bony lump that grows on the edge of a bone, often where a joint is worn, as in the ageing spine.',
  spondylosis: "Wear of the spine's bones, discs and joints with age, which can cause stiffness and pain.",
  'lumbar spine disease':
    'Any disease of the bones, discs or joints of the lower spine, such as wear with age, narrowing or fractures.',
  'degenerative disc disease':
    "Wear of the discs between the spine's bones with age: they dry out and flatten, and sometimes cause back pain.",
  'lumbar spine':
    "The lower part of the spine: five large bones between the ribs and the pelvis that carry much of the body's weight.",
  'lumbar vertebra': 'One of the five large bones of the lower back, named L1 to L5 from the top down.',
  'L4-L5':
    'The level of the spine between the fourth and fifth lumbar bones, one of the two places where slipped discs are most common.',
  'L5-S1':
    'The level where the lowest lumbar bone meets the sacrum, one of the two places where slipped discs are most common.',
  vertebra: 'One of the small bones stacked on top of each other to form the spine.',
  'spinal column':
    'The spine: the column of bones running down the back that supports the body and protects the spinal cord.',

  // Pelvic tumours
  'pelvic tumour':
    'A lump of abnormal cells in the pelvis, for example in the womb or ovaries. It may be harmless or cancerous.',
  'uterine fibroid':
    'A non-cancerous muscle growth in or on the womb. Large ones can press on nearby organs and nerves and cause back pain.',
  'cervical cancer':
    'Cancer that starts in the cervix, the neck of the womb. It is usually caused by human papillomavirus (HPV).',
  'ovarian cyst': 'A fluid-filled sac on or in an ovary. Most are harmless and go away, but large ones can cause pain.',
  'ovarian cancer': 'Cancer that starts in or around an ovary. Back pain can be one of its symptoms.',
  'womb cancer':
    'Cancer of the womb, most often starting in its lining. Pain in the lower back or pelvis can be one of its symptoms.',

  // Disc herniation
  'lumbar disc herniation':
    'When a disc between the bones of the spine, usually in the lower back, bulges or bursts and may press on nearby nerves.',
  'intervertebral disc':
    'A round, rubbery cushion between two bones of the spine that absorbs shocks and lets the back bend.',
  'nucleus pulposus':
    'The soft, jelly-like centre of a spinal disc. In a slipped disc it pushes out through the outer ring.',
  'annulus fibrosus': 'The tough, layered outer ring of a spinal disc, which holds its soft centre in place.',
  'annular tear':
    "A split in the tough outer ring of a spinal disc, which can hurt and may let the disc's soft centre bulge out.",
  'sciatic nerve':
    "The body's longest nerve, running from the lower back through the buttock and down the back of each leg.",
  'nerve root': 'The part of a nerve where it branches off the spinal cord and leaves the spine between two bones.',
  'bed traction':
    'A treatment that gently pulls on the spine to stretch it. The article names bed traction as a treatment for a slipped disc.',

  // Sacroiliac joint
  'sacroiliac joint strain':
    'An overstretch or tear of the strong ligaments that hold the sacroiliac joint, where the spine meets the pelvis.',
  'sacroiliac joint dysfunction':
    'Pain coming from a sacroiliac joint, where the spine meets the pelvis, often because the joint moves too much or too little.',
  sacroiliitis: 'Inflammation of one or both sacroiliac joints, causing pain in the lower back and buttocks.',
  'sacroiliac joint':
    'One of the two joints at the back of the pelvis where the base of the spine (the sacrum) meets the hip bones.',
  'sacroiliac ligament':
    'A strong band of tissue that holds the sacroiliac joint firmly together. Late in pregnancy these ligaments loosen.',
  sacrum: 'The triangle-shaped bone at the base of the spine, wedged between the two hip bones.',
  'iliac bone': 'The large, wing-shaped upper part of each hip bone. It meets the sacrum at the sacroiliac joint.',

  // Conditions to rule out, and the red flags' emergency
  'kidney stone':
    'A hard, pebble-like lump formed from minerals in urine inside a kidney. A moving stone can cause severe pain in the side or back.',
  'renal colic':
    'Sudden, severe, cramping pain in the side or back, usually from a kidney stone moving down the tube to the bladder.',
  nephritis:
    'Inflammation of the kidneys, which can stop them filtering blood well. Unlike kidney deficiency, it is a real kidney disease.',
  'cauda equina syndrome':
    'A rare emergency in which the bundle of nerves at the bottom of the spine is squeezed. It needs hospital care straight away.',
  'cauda equina':
    "The bundle of nerves at the bottom of the spinal canal, shaped like a horse's tail. Pressure on it is an emergency.",
  'saddle numbness':
    'Loss of feeling around the genitals, bottom and inner thighs, the areas that would touch a saddle. It is an emergency sign.',
};
