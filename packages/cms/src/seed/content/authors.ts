import type { SeedAuthor } from '../types'

export const authors: SeedAuthor[] = [
  {
    key: 'tessa-marlowe',
    name: 'Tessa Marlowe',
    jobTitle: 'Senior Content Strategist',
    bio: [
      'Tessa Marlowe leads content strategy at Groundwork, where she helps turn clinical expertise into writing that feels like a conversation with a friend. She is in recovery from alcohol use disorder and writes openly about the messy, hopeful middle of that journey.',
      'Before joining Groundwork, she spent a decade in editorial roles at health and wellness publications.',
    ],
  },
  {
    key: 'priya-castellan',
    name: 'Priya Castellan',
    jobTitle: 'Licensed Clinical Social Worker',
    credentials: 'LCSW',
    bio: [
      'Priya Castellan is a licensed clinical social worker who has spent more than twelve years supporting individuals and families affected by substance use. Her practice focuses on family communication, trauma-informed care, and relapse prevention. She believes every person deserves to be met with curiosity rather than judgment.',
    ],
  },
  {
    key: 'elias-brandt',
    name: 'Elias Brandt',
    jobTitle: 'Addiction Medicine Physician',
    credentials: 'MD',
    bio: [
      'Elias Brandt is an addiction medicine physician who provides telehealth care for people with opioid and alcohol use disorders. He is especially interested in lowering the barriers that keep people from evidence-based medication treatment.',
      'Outside the clinic, he teaches medical students about reducing stigma in health care.',
    ],
  },
]
