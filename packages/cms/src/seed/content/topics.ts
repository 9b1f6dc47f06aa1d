import type { SeedTopic } from '../types'

export const topics: SeedTopic[] = [
  {
    key: 'recovery-support',
    name: 'Recovery Support',
    description:
      'Peer groups, family relationships, and everyday habits that help people build and keep a life in recovery.',
  },
  {
    key: 'treatment',
    name: 'Treatment',
    description:
      'Clear, practical information about evidence-based care, from medications to telehealth visits.',
    clinical: true,
  },
  {
    key: 'mental-health',
    name: 'Mental Health',
    description:
      'Coping skills and emotional well-being for the stress, cravings, and sleepless nights that recovery can bring.',
  },
]
