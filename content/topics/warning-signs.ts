import { links } from '../links';
import type { WiderRecord } from '../types';

export const warningSigns = {
  id: 'warning-signs',
  kind: 'warning',
  title: {
    en: 'Warning signs',
  },
  summary: {
    en: 'Signs that back pain needs care now, such as numbness around the genitals, losing bladder or bowel control, or a fever: see "Seek care now".',
  },
  getCare: {
    en: 'Now: see "Seek care now" at the top of the panel.',
  },
  source: 'NHS',
  links: [links.backPainNhs, links.caudaEquinaNhs],
  terms: [
    {
      category: 'urgent',
      en: {
        term: 'loss of bladder or bowel control',
        variants: [
          'loss of bowel or bladder control',
          'loss of bladder and bowel control',
          'loss of bowel and bladder control',
          'losing control of your bladder or bowels',
          'bladder or bowel incontinence',
          'bowel or bladder incontinence',
          'bladder and bowel incontinence',
        ],
      },
      definition: {
        en: 'Not being able to control when you pee or poo. If it starts suddenly with back pain, it is an emergency.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'loss of bladder control',
        variants: ['losing control of your bladder', 'sudden loss of bladder control'],
      },
      definition: {
        en: 'Not being able to control when you pee. If it starts suddenly with back pain or numbness, it is an emergency.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'loss of bowel control',
        variants: ['losing control of your bowels', 'sudden loss of bowel control'],
      },
      definition: {
        en: 'Not being able to control when you poo. If it starts suddenly with back pain or numbness, it is an emergency.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'acute urinary retention',
        variants: ['unable to pee', 'unable to urinate', 'not being able to pee', 'inability to urinate'],
      },
      definition: {
        en: 'Suddenly not being able to pee even though the bladder is full. It needs urgent medical help.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'numbness in both legs',
        variants: [
          'weakness in both legs',
          'tingling in both legs',
          'pins and needles in both legs',
          'pain in both legs',
          'numbness or weakness in both legs',
          'numbness and tingling in both legs',
        ],
      },
      definition: {
        en: 'Pain, numbness, tingling or weakness in both legs at once. With back pain it can mean squeezed spinal nerves: an emergency.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'numbness around the genitals',
        variants: [
          'numbness around your genitals',
          'numbness in the genitals',
          'numbness in the genital area',
          'genital numbness',
          'tingling around the genitals',
          'tingling around your genitals',
          'numbness around the anus',
          'numbness around the buttocks',
          'numbness in the buttocks',
          'numbness around your bottom',
          'numbness around the bottom',
          'loss of sensation around the genitals',
        ],
      },
      definition: {
        en: 'Loss of feeling, or tingling, around the genitals, bottom or buttocks. With back pain it is an emergency.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'fever with back pain',
        variants: [
          'back pain with fever',
          'back pain with a fever',
          'back pain and fever',
          'fever and back pain',
          'lower back pain with fever',
          'lower back pain and fever',
          'fever and lower back pain',
          'back pain with a high temperature',
          'high temperature and back pain',
        ],
      },
      definition: {
        en: 'Back pain together with a high temperature. It can mean an infection, for example in the kidneys or spine, that needs urgent care.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'unexplained weight loss',
        variants: ['unintentional weight loss', 'weight loss without trying', 'losing weight without trying'],
      },
      definition: {
        en: 'Losing weight without trying. With back pain, a doctor should check it soon to rule out serious causes.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'spinal infection',
        variants: [
          'infection of the spine',
          'spine infection',
          'discitis',
          'diskitis',
          'spinal abscess',
          'epidural abscess',
          'vertebral osteomyelitis',
        ],
      },
      definition: {
        en: 'An infection of the spinal bones or discs, or the space around them, causing back pain, often with fever. It needs urgent care.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'spinal cord compression',
        variants: ['compression of the spinal cord', 'metastatic spinal cord compression', 'MSCC'],
      },
      definition: {
        en: 'Pressure on the spinal cord, for example from a tumour or a broken bone. It can cause weakness or numbness and is an emergency.',
      },
    },
  ],
} as const satisfies WiderRecord;
