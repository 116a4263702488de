import { links } from '../links';
import type { NamedRecord } from '../types';

export const caudaEquina = {
  id: 'cauda-equina',
  kind: 'named',
  title: {
    en: 'Cauda equina syndrome',
  },
  summary: {
    en: 'Pressure on the nerves at the base of the spine: an emergency (see "Seek care now").',
  },
  namedUnder: null,
  links: [links.caudaEquinaNhs],
  terms: [
    {
      category: 'urgent',
      en: {
        term: 'cauda equina syndrome',
      },
      definition: {
        en: 'A rare emergency in which the bundle of nerves at the bottom of the spine is squeezed. It needs hospital care straight away.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'cauda equina',
      },
      definition: {
        en: "The bundle of nerves at the bottom of the spinal canal, shaped like a horse's tail. Pressure on it is an emergency.",
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'saddle numbness',
        variants: ['saddle anaesthesia', 'saddle anesthesia'],
      },
      definition: {
        en: 'Loss of feeling around the genitals, bottom and inner thighs, the areas that would touch a saddle. It is an emergency sign.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'CES',
      },
      definition: {
        en: 'Short for cauda equina syndrome: the nerves at the base of the spine are squeezed. It is an emergency.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'cauda equina compression',
      },
      definition: {
        en: 'Squeezing of the bundle of nerves at the bottom of the spine, which causes cauda equina syndrome: an emergency.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'numbness between the inner thighs',
        variants: [
          'numbness between your inner thighs',
          'numbness in the inner thighs',
          'numbness around the back passage',
          'numbness in the saddle area',
          'saddle area numbness',
          'saddle paraesthesia',
          'saddle paresthesia',
          'saddle sensory loss',
        ],
      },
      definition: {
        en: 'Numbness or tingling where you would sit on a saddle: inner thighs, genitals and bottom. With back pain it is an emergency.',
      },
    },
  ],
} as const satisfies NamedRecord;
