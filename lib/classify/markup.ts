/** schema.org types that mark a page as medical content. */
const MEDICAL_TYPES = new Set([
  'AnatomicalStructure',
  'AnatomicalSystem',
  'Drug',
  'DrugClass',
  'HealthTopicContent',
  'Physician',
  'DiagnosticProcedure',
  'TherapeuticProcedure',
  'PhysicalTherapy',
  'SuperficialAnatomy',
]);
const MAX_JSON_LD_CHARS = 200_000;
const MAX_DEPTH = 12;

function isMedicalType(type: string): boolean {
  const name = type.replace(/^(?:https?:\/\/)?(?:www\.)?schema\.org\//, '').replace(/^schema:/, '');
  return name.startsWith('Medical') || MEDICAL_TYPES.has(name);
}

/** Whether a JSON-LD block declares a medical type anywhere in it; bad JSON is no. */
export function jsonLdHasMedicalType(source: string): boolean {
  if (source.length > MAX_JSON_LD_CHARS) return false;
  try {
    return hasMedicalType(JSON.parse(source), 0);
  } catch {
    return false;
  }
}

function hasMedicalType(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => hasMedicalType(item, depth + 1));
  const record = value as Record<string, unknown>;
  const types = record['@type'];
  const typeList = Array.isArray(types) ? types : [types];
  if (typeList.some((type) => typeof type === 'string' && isMedicalType(type))) return true;
  return Object.values(record).some((item) => hasMedicalType(item, depth + 1));
}

/** schema.org medical markup in JSON-LD or microdata. */
export function hasMedicalMarkup(document: Document): boolean {
  // Most pages have neither: one query over the page settles it.
  if (!document.querySelector('script[type="application/ld+json"], [itemtype]')) return false;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    if (jsonLdHasMedicalType(script.textContent ?? '')) return true;
  }
  for (const element of document.querySelectorAll('[itemtype]')) {
    const types = (element.getAttribute('itemtype') ?? '').split(/\s+/);
    if (types.some((type) => type.includes('schema.org/') && isMedicalType(type))) return true;
  }
  return false;
}
