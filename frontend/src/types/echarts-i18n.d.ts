// ECharts ships its locale objects without type declarations.
declare module 'echarts/i18n/langVI-obj' {
  const locale: object
  export default locale
}
