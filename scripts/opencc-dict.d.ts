/** OpenCC's dictionaries, as opencc-js ships them: "source target target|source target|…". */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
