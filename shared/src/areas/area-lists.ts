// The areas of change (SPEC §4) as versioned data. Aliases are variants seen in real plans;
// matching compares normalised forms (see normalise-area.ts), so spacing, case and
// punctuation differences need no alias of their own.
import type { PlanKind } from '../types.js';

export interface AreaDef {
  /** Canonical name, as shown to users and in the template. */
  name: string;
  aliases: readonly string[];
  /** Optional groups (Quick Wins) are accepted but never reported missing. */
  optional?: boolean;
}

export interface AreaList {
  version: string;
  kind: PlanKind;
  areas: readonly AreaDef[];
}

const RB_2020_2024: AreaList = {
  version: 'rb-2020-2024',
  kind: 'rb',
  areas: [
    { name: 'Manajemen Perubahan', aliases: [] },
    {
      name: 'Deregulasi Kebijakan',
      aliases: [
        'Penataan Peraturan Perundang-undangan',
        'Penguatan Peraturan Perundang-undangan / Regulasi Kebijakan / Deregulasi Kebijakan',
        'Penguatan Peraturan Perundang-undangan / Regulasi Kebijakan',
        'Penguatan Peraturan Perundang-undangan / Deregulasi Kebijakan',
        'Penguatan Peraturan Perundang-undangan',
        'Regulasi Kebijakan',
        'Penataan Peraturan Perundang-undangan / Deregulasi Kebijakan',
      ],
    },
    {
      name: 'Penataan dan Penguatan Organisasi',
      aliases: [
        'Penataan Organisasi/Kelembagaan',
        'Penguatan Kelembagaan',
        'Penataan Organisasi',
        'Penataan Kelembagaan',
        'Penguatan Organisasi',
        'Penataan dan Penguatan Kelembagaan',
      ],
    },
    {
      name: 'Penataan Tatalaksana',
      aliases: ['Penguatan Tatalaksana', 'Penataan dan Penguatan Tatalaksana'],
    },
    {
      name: 'Penataan Sistem Manajemen SDM Aparatur',
      aliases: [
        'Penataan Sistem Manajemen SDM',
        'Sistem Manajemen Sumber Daya Manusia',
        'Sistem Manajemen SDM',
        'Penguatan Sistem Manajemen SDM ASN',
        'Penguatan Sistem Manajemen SDM',
        'Penataan Sistem Manajemen SDM ASN',
        'Sistem Manajemen SDM Aparatur',
      ],
    },
    {
      name: 'Penguatan Akuntabilitas Kinerja',
      aliases: [
        'Penguatan Akuntabilitas',
        'Sistem Akuntabilitas',
        'Sistem Akuntabilitas Kinerja',
        'Akuntabilitas Kinerja',
      ],
    },
    { name: 'Penguatan Pengawasan', aliases: ['Pengawasan', 'Peningkatan Pengawasan'] },
    {
      name: 'Peningkatan Kualitas Pelayanan Publik',
      aliases: ['Pelayanan Publik', 'Peningkatan Pelayanan Publik', 'Penguatan Pelayanan Publik'],
    },
    { name: 'Quick Wins', aliases: ['Quick Win'], optional: true },
  ],
};

const ZI_2023: AreaList = {
  version: 'zi-permenpan-90-2021',
  kind: 'zi',
  areas: [
    { name: 'Manajemen Perubahan', aliases: [] },
    { name: 'Penataan Tatalaksana', aliases: ['Penguatan Tatalaksana'] },
    {
      name: 'Penataan Sistem Manajemen SDM',
      aliases: [
        'Penataan Sistem Manajemen SDM Aparatur',
        'Penataan Sistem Manajemen Sumber Daya Manusia Aparatur',
        'Sistem Manajemen SDM',
        'Penguatan Sistem Manajemen SDM',
      ],
    },
    {
      name: 'Penguatan Akuntabilitas Kinerja',
      aliases: ['Penguatan Akuntabilitas', 'Akuntabilitas Kinerja'],
    },
    { name: 'Penguatan Pengawasan', aliases: ['Pengawasan'] },
    {
      name: 'Peningkatan Kualitas Pelayanan Publik',
      aliases: ['Pelayanan Publik', 'Peningkatan Pelayanan Publik'],
    },
  ],
};

/** The lists in force, by plan kind. */
export const AREA_LISTS: Readonly<Record<PlanKind, AreaList>> = { rb: RB_2020_2024, zi: ZI_2023 };
