/** Plain definitions (at most 25 words, our own words) of the terms in lexicon/treatments.ts, by canonical term. */
export const treatmentDefinitions: Record<string, string> = {
  // Painkillers
  painkiller:
    'A medicine that eases pain. Some can be bought in shops or pharmacies; stronger ones need a prescription.',
  ibuprofen: 'A common painkiller that also reduces swelling. It is one of the NSAIDs.',
  naproxen: 'A painkiller that also reduces swelling. It is one of the NSAIDs.',
  paracetamol: 'A common painkiller that also brings down a fever but does not reduce swelling.',
  aspirin: 'A painkiller that also reduces swelling and fever. It is one of the NSAIDs.',
  diclofenac:
    'An NSAID painkiller that reduces pain and swelling. It comes as tablets and as a gel rubbed on the skin.',
  NSAID:
    'Short for non-steroidal anti-inflammatory drug: a family of painkillers, such as ibuprofen, naproxen and aspirin, that also reduce swelling.',
  opioid:
    'A strong painkiller, such as codeine, tramadol or morphine. Most need a prescription, and they can be addictive.',
  codeine:
    'An opioid painkiller, weaker than morphine, sometimes combined with paracetamol in one tablet. It can be addictive.',
  'co-codamol': 'A painkiller tablet that combines codeine with paracetamol.',
  tramadol: 'A strong opioid painkiller, available only on prescription. It can be addictive.',
  morphine: 'A very strong opioid painkiller, used for severe pain under close medical care.',

  // Muscle relaxants
  'muscle relaxant': 'A prescription medicine that helps tight or spasming muscles loosen. Many cause drowsiness.',
  diazepam: 'A calming medicine that also relaxes muscles. It often causes drowsiness and can be habit-forming.',
  cyclobenzaprine: 'A prescription muscle relaxant that often causes drowsiness.',
  methocarbamol: 'A prescription muscle relaxant that can cause drowsiness or dizziness.',

  // Injections
  'steroid injection':
    'An injection of a strong anti-inflammatory medicine into a painful joint or muscle, or around the spine, to calm swelling and pain.',
  'epidural steroid injection':
    'A steroid injection into the space around the nerves of the spine, used to ease nerve pain that spreads into a leg.',
  'facet joint injection':
    'An injection of numbing or steroid medicine into the small joints at the back of the spine.',
  'nerve root block':
    'An injection of numbing or steroid medicine next to one spinal nerve, to ease pain coming from that nerve.',
  'local anaesthetic': 'A medicine that numbs one part of the body for a few hours while you stay awake.',

  // Antibiotics
  antibiotic:
    'A medicine that kills bacteria or stops them multiplying. It does not work against viruses, such as colds or flu.',
  doxycycline: 'An antibiotic, taken as capsules or tablets, that works against many kinds of bacteria.',
  azithromycin: 'An antibiotic that works against many kinds of bacteria, often given as a short course.',
  ceftriaxone: 'An antibiotic given as an injection, used against some serious bacterial infections.',
  nitrofurantoin: 'An antibiotic that works mainly in the bladder and urine.',
  trimethoprim: 'An antibiotic, taken as tablets or liquid, that works against some kinds of bacteria.',
  ciprofloxacin: 'A strong antibiotic that works against many kinds of bacteria.',
  metronidazole: 'An antibiotic that works against some bacteria and some tiny parasites.',

  // Physiotherapy and hands-on treatment
  physiotherapy:
    'Treatment by a trained therapist using exercise, movement and hands-on techniques to ease pain and help you move.',
  physiotherapist:
    'A health professional who treats pain and movement problems with exercise, movement and hands-on techniques.',
  'manual therapy':
    'Hands-on treatment in which a therapist moves, massages or presses on the muscles and joints, often of the spine.',
  chiropractor:
    'A practitioner who treats back and joint problems mainly with hands-on movement and manipulation of the spine.',
  chiropractic: 'A hands-on treatment for back and joint problems, mainly by moving and manipulating the spine.',
  osteopath: 'A practitioner who treats the body with hands-on massage, stretching and movement of muscles and joints.',
  osteopathy: 'A hands-on treatment that uses massage, stretching and movement of the muscles and joints.',
  'back exercise': 'Movements and stretches that strengthen and loosen the muscles of the back.',
  'TENS machine': 'A small device that sends mild electrical pulses through pads on the skin to ease pain.',

  // The pelvic floor
  'pelvic floor exercise':
    'Squeezing and relaxing the pelvic floor muscles, over and over, to make them stronger. Also called Kegel exercises.',
  'pelvic floor physiotherapy':
    'Physiotherapy for the pelvic floor muscles, to strengthen weak muscles or help tight ones relax.',

  // Scans and X-rays
  'MRI scan': 'A scan that uses a strong magnet and radio waves to make detailed pictures of the inside of the body.',
  'CT scan':
    'A scan that uses X-rays and a computer to make detailed pictures, like slices, of the inside of the body.',
  'x-ray': 'A quick picture of the inside of the body, especially the bones, made with a small amount of radiation.',
  'ultrasound scan':
    'A scan that uses sound waves to make moving pictures of the inside of the body, such as the womb or ovaries.',
  'bone density scan':
    'A low-dose X-ray scan that measures how strong the bones are, to check for thinning bones (osteoporosis).',

  // Urine and blood tests
  'urine test':
    'A check of a pee sample, with a dipstick or in a lab, for signs of infection, blood or other problems.',
  'blood test':
    'A small amount of blood, usually taken from the arm, checked in a lab for signs of infection, inflammation or other problems.',
  'pregnancy test': 'A pee or blood test that looks for a hormone the body makes in early pregnancy.',

  // STI testing
  'STI test': 'A check for sexually transmitted infections, usually with a pee sample, a swab or a blood test.',
  'sexual health clinic':
    'A clinic offering confidential testing, treatment and advice about STIs, contraception and other sexual health matters.',

  // Keyhole surgery
  laparoscopy:
    'Keyhole surgery: a thin tube with a camera goes in through a small cut so a surgeon can look at, and sometimes treat, organs inside.',
};
