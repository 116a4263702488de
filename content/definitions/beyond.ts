/** Plain definitions (at most 25 words, our own words) of the terms in lexicon/beyond.ts, by canonical term. */
export const beyondDefinitions: Record<string, string> = {
  // Urinary tract and kidney infections
  'urinary tract infection':
    'An infection, usually caused by bacteria, in the bladder, the tube that carries pee out, or the kidneys.',
  'painful urination':
    'Pain, burning or stinging when you pee. Infections of the bladder or urethra are a common cause.',
  'blood in urine':
    'Blood in your pee, which can make it look pink, red or brown. It has many causes, including infections and kidney stones.',
  'kidney infection':
    'An infection of one or both kidneys, usually by bacteria that travel up from the bladder. It can cause fever and back or side pain.',

  // Pelvic inflammatory disease and STIs
  'pelvic inflammatory disease':
    'An infection of the womb, fallopian tubes or ovaries, often spread from an STI. It can cause pelvic pain and pain during sex.',
  salpingitis:
    'Infection and swelling of the fallopian tubes, the tubes that carry eggs to the womb. It is one form of PID.',
  'tubo-ovarian abscess':
    'A pocket of pus around a fallopian tube and ovary; a serious problem that pelvic inflammatory disease can lead to.',
  'sexually transmitted infection':
    'An infection passed from person to person through sex or close genital contact. Many cause no symptoms at all.',
  'genital herpes':
    'A common STI caused by a virus. It can cause painful blisters or sores around the genitals that come back now and then.',
  trichomoniasis:
    'An STI caused by a tiny parasite. It can cause discharge, soreness, and pain when peeing or during sex.',
  'mycoplasma genitalium':
    'A bacterial STI that often has no symptoms but can cause swelling of the urethra or pelvic inflammatory disease.',
  syphilis:
    'A bacterial STI that often starts with a painless sore; without treatment it can cause serious problems years later.',
  chlamydia: 'One of the most common STIs, caused by bacteria. It often has no symptoms but can spread and cause PID.',
  gonorrhoea: 'An STI caused by bacteria. It often has no symptoms but, left untreated, can spread and cause PID.',

  // The womb
  endometriosis:
    'Tissue like the lining of the womb grows in other places, such as the ovaries, causing pelvic pain, painful periods and painful sex.',
  endometrioma: 'A cyst on an ovary filled with old, dark blood, caused by endometriosis.',
  adenomyosis:
    'The lining of the womb grows into the muscle of the womb wall, which can cause heavy, painful periods and painful sex.',

  // Bladder pain and the prostate
  'interstitial cystitis':
    'A long-term bladder condition with pelvic pain and a frequent, urgent need to pee, without an infection being the cause.',
  prostatitis:
    'Swelling of the prostate gland, sometimes from an infection. It can cause pain in the pelvis, genitals or lower back.',
  'chronic pelvic pain syndrome':
    'Pelvic pain lasting three months or more with no infection found; the most common kind of prostatitis.',
  'painful ejaculation': 'Pain in the genitals, pelvis or lower back during or after ejaculation.',

  // The pelvic floor
  'pelvic floor dysfunction':
    'When the pelvic floor muscles do not work as they should: too weak, too tight, or not working together.',
  'hypertonic pelvic floor':
    'Pelvic floor muscles that stay too tight and cannot relax, which can cause pelvic pain and painful sex.',
  'pelvic floor':
    'The sling of muscles across the bottom of the pelvis that holds up the bladder, bowel and, in women, the womb.',
  'pelvic organ prolapse':
    'When an organ in the pelvis, such as the womb, bladder or bowel, drops from its place and bulges into the vagina.',
  'urinary incontinence':
    'Leaking pee without meaning to, for example when you cough, laugh or exercise, or with a sudden urge.',
  'faecal incontinence':
    'Leaking poo or wind without meaning to, or not being able to hold on until you reach a toilet.',

  // Joints and bones of the spine
  osteoarthritis:
    'The most common kind of arthritis: the smooth lining of joints wears down and bony growths form, making joints painful and stiff.',
  arthritis:
    'Pain, swelling and stiffness in one or more joints. There are many kinds; osteoarthritis is the most common.',
  'spinal arthritis': 'Arthritis in the joints of the spine, which can cause back pain and stiffness.',
  'facet joint arthritis':
    'Wear of the small joints that link the bones of the spine, which can cause lower back pain and stiffness.',
  'facet joint': 'One of the small pairs of joints at the back of the spine that link each bone to the next.',
  'rheumatoid arthritis':
    'A long-term disease in which the immune system attacks the joints, making them swollen, painful and stiff. It differs from osteoarthritis.',
  'ankylosing spondylitis':
    'A long-term arthritis that inflames the joints of the spine and pelvis, usually starting before 45, causing back pain and stiffness.',
  spondyloarthritis:
    'A family of inflammatory arthritis conditions that often affect the spine; ankylosing spondylitis is the best known.',
  'inflammatory back pain':
    'Back pain caused by inflammation: it starts gradually, is worst in the morning or after rest, and gets better with movement.',
  'psoriatic arthritis':
    'Arthritis that affects some people with the skin condition psoriasis. It can involve the spine as well as other joints.',
  'reactive arthritis':
    'Painful, swollen joints set off by an infection elsewhere in the body, such as chlamydia or a stomach bug.',
  'HLA-B27':
    'A gene that many people with ankylosing spondylitis carry. A blood test can look for it, but many carriers stay healthy.',
  spondylolisthesis: 'One of the bones of the spine (a vertebra) slips forward over the bone below it.',
  spondylolysis:
    'A small crack or weak spot in the back part of a vertebra, often from repeated strain. It can let the bone slip.',

  // Muscles
  'muscle spasm':
    'A sudden, tight and painful squeeze of a muscle that you cannot control. It can last seconds or longer.',

  // Pain during sex
  'pain during sex': 'Pain in the genitals or pelvis during or after sex. It is common and has many possible causes.',
  'deep dyspareunia': 'Pain felt deep inside the pelvis during sex, rather than at the entrance of the vagina.',
  vaginismus:
    'The muscles around the vagina tighten by themselves when something tries to go in, making sex painful or impossible.',
  vulvodynia: 'Long-lasting pain around the outside of the vagina (the vulva) with no clear cause.',
  'vaginal dryness': 'When the vagina makes less natural moisture than usual, which can make sex sore or painful.',

  // Urgent: ectopic pregnancy
  'ectopic pregnancy':
    'A pregnancy that grows outside the womb, usually in a fallopian tube. It cannot survive and can cause dangerous bleeding inside.',
  'ruptured ectopic pregnancy':
    'When an ectopic pregnancy bursts the tube or tissue it grows in, causing bleeding inside the body: a medical emergency.',
  'shoulder tip pain':
    'Pain where the shoulder ends and the arm begins. With a possible pregnancy or tummy pain, it can mean bleeding inside.',

  // Urgent: cauda equina syndrome
  CES: 'Short for cauda equina syndrome: the nerves at the base of the spine are squeezed. It is an emergency.',
  'cauda equina compression':
    'Squeezing of the bundle of nerves at the bottom of the spine, which causes cauda equina syndrome: an emergency.',
  'numbness between the inner thighs':
    'Numbness or tingling where you would sit on a saddle: inner thighs, genitals and bottom. With back pain it is an emergency.',

  // Urgent: warning signs
  'loss of bladder or bowel control':
    'Not being able to control when you pee or poo. If it starts suddenly with back pain, it is an emergency.',
  'loss of bladder control':
    'Not being able to control when you pee. If it starts suddenly with back pain or numbness, it is an emergency.',
  'loss of bowel control':
    'Not being able to control when you poo. If it starts suddenly with back pain or numbness, it is an emergency.',
  'acute urinary retention':
    'Suddenly not being able to pee even though the bladder is full. It needs urgent medical help.',
  'numbness in both legs':
    'Pain, numbness, tingling or weakness in both legs at once. With back pain it can mean squeezed spinal nerves: an emergency.',
  'numbness around the genitals':
    'Loss of feeling, or tingling, around the genitals, bottom or buttocks. With back pain it is an emergency.',
  'fever with back pain':
    'Back pain together with a high temperature. It can mean an infection, for example in the kidneys or spine, that needs urgent care.',
  'unexplained weight loss':
    'Losing weight without trying. With back pain, a doctor should check it soon to rule out serious causes.',
  'spinal infection':
    'An infection of the spinal bones or discs, or the space around them, causing back pain, often with fever. It needs urgent care.',
  'spinal cord compression':
    'Pressure on the spinal cord, for example from a tumour or a broken bone. It can cause weakness or numbness and is an emergency.',
  'period pain':
    'Cramping pain in the lower tummy during a period, as the womb tightens. It can spread to the lower back and thighs.',
  'inflammatory arthritis':
    'Joint pain and swelling caused by the body’s own defences attacking the joints, as in ankylosing spondylitis, not by wear and tear.',
};
