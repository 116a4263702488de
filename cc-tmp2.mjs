import * as OpenCC from 'opencc-js';
const c = (f,t)=>OpenCC.Converter({ from: f, to: t });
const s2tw=c('cn','tw'), s2twp=c('cn','twp'), s2hk=c('cn','hk'), tw2s=c('tw','cn'), twp2s=c('twp','cn'), hk2s=c('hk','cn');
for (const w of process.argv.slice(2)) console.log(w, '| cn>tw', s2tw(w), '| cn>twp', s2twp(w), '| cn>hk', s2hk(w), '| tw>cn', tw2s(w), '| twp>cn', twp2s(w), '| hk>cn', hk2s(w));
