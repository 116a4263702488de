/**
 * Sites whose every page is about health, subdomains included: a page on one of them is a health
 * page without reading its text. Each group says why its sites are on the list; a site that also
 * publishes other things (a newspaper's health section, a general portal) is left to the text.
 */

/** The English-language reference and public-health sites of health-references.md. */
const englishSites = [
  'medlineplus.gov',
  'nih.gov',
  'nhs.uk',
  'nhsinform.scot',
  'nice.org.uk',
  'cdc.gov',
  'who.int',
  'mayoclinic.org',
  'clevelandclinic.org',
  'hopkinsmedicine.org',
  'webmd.com',
  'healthline.com',
  'medicalnewstoday.com',
  'verywellhealth.com',
  'patient.info',
  'msdmanuals.com',
  'merckmanuals.com',
  'womenshealth.gov',
  'orthoinfo.aaos.org',
  'healthdirect.gov.au',
];

/**
 * Public-health authorities and the MSD Manual's Chinese edition: the sources health-references.md
 * vets for Chinese learn-more links (the WHO's Chinese pages are on who.int, above).
 */
const chinesePublicHealth = [
  'msdmanuals.cn',
  'nhc.gov.cn',
  'chinacdc.cn',
  'chp.gov.hk',
  'dh.gov.hk',
  'ha.org.hk',
  'mohw.gov.tw',
  'hpa.gov.tw',
  'cdc.gov.tw',
];

/**
 * Chinese consumer-health and ask-a-doctor sites, where the pages a search for 同房后腰疼 or
 * 同房後腰痛 returns are written: health sites only, so fine for judging a page, and never
 * used as learn-more links (health-references.md).
 */
const chineseConsumerHealth = [
  'haodf.com',
  'dxy.com',
  'dxy.cn',
  'youlai.cn',
  '120ask.com',
  'xywy.com',
  '39.net',
  'familydoctor.com.cn',
  'fh21.com.cn',
  'kingnet.com.tw',
  'heho.com.tw',
  'top1health.com',
];

export const healthDomains: readonly string[] = [...englishSites, ...chinesePublicHealth, ...chineseConsumerHealth];
