import { links } from '../links';
import type { WiderRecord } from '../types';

export const physiotherapy = {
  id: 'physiotherapy',
  kind: 'treatment',
  title: {
    en: 'Physiotherapy (physical therapy)',
  },
  summary: {
    en: 'Treatment by a trained therapist who uses exercise, movement and hands-on techniques to ease pain and help the body move and work better.',
  },
  getCare: null,
  source: 'NHS',
  links: [links.physiotherapyNhs, links.physicalTherapyMedline],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'physiotherapy',
        variants: ['physical therapy', 'physio'],
      },
      definition: {
        en: 'Treatment by a trained therapist using exercise, movement and hands-on techniques to ease pain and help you move.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'physiotherapist',
        variants: ['physical therapist'],
      },
      definition: {
        en: 'A health professional who treats pain and movement problems with exercise, movement and hands-on techniques.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'manual therapy',
        variants: ['spinal manipulation', 'spinal manipulative therapy', 'spinal mobilisation', 'spinal mobilization'],
      },
      definition: {
        en: 'Hands-on treatment in which a therapist moves, massages or presses on the muscles and joints, often of the spine.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'chiropractor',
      },
      definition: {
        en: 'A practitioner who treats back and joint problems mainly with hands-on movement and manipulation of the spine.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'chiropractic',
      },
      definition: {
        en: 'A hands-on treatment for back and joint problems, mainly by moving and manipulating the spine.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'osteopath',
      },
      definition: {
        en: 'A practitioner who treats the body with hands-on massage, stretching and movement of muscles and joints.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'osteopathy',
      },
      definition: {
        en: 'A hands-on treatment that uses massage, stretching and movement of the muscles and joints.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'back exercise',
        variants: ['back stretch', 'back strengthening exercise'],
      },
      definition: {
        en: 'Movements and stretches that strengthen and loosen the muscles of the back.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'TENS machine',
        variants: ['TENS', 'TENS unit', 'transcutaneous electrical nerve stimulation'],
      },
      definition: {
        en: 'A small device that sends mild electrical pulses through pads on the skin to ease pain.',
      },
    },
  ],
} as const satisfies WiderRecord;
