import { expect, test } from 'vitest'
import { ApiError, fieldErrors } from '@/lib/api/problem'
import { checkRows, emptyRow, parseDecimal, rowsOf, toInput, valueFields } from './values'

test('a report\'s values come back into the form and go out unchanged, the total breakdown by default', () => {
  const rows = rowsOf([{ indicator: { id: 7 }, unit: { id: 46 }, sex: 'FEMALE', ageGroup: '0-5', areaType: 'ALL', value: 1234.5 }], 'vi')
  expect(rows[0].value).toBe('1.234,5')
  expect(toInput(rows, 'vi')).toEqual([{ indicatorId: 7, unitId: 46, sex: 'FEMALE', ageGroup: '0-5', areaType: 'ALL', value: 1234.5, note: undefined }])
  expect(toInput([emptyRow({ indicatorId: 7, unitId: 46, value: '0', ageGroup: ' ' })], 'vi')[0]).toMatchObject({ ageGroup: 'ALL', value: 0 })
})

test('numbers are read as each language writes them', () => {
  expect(parseDecimal('96,5', 'vi')).toBe(96.5)
  expect(parseDecimal('1.234.567,8', 'vi')).toBe(1234567.8)
  expect(parseDecimal('1.234', 'vi')).toBe(1234) // a Vietnamese thousands separator
  expect(parseDecimal('96.5', 'vi')).toBe(96.5)
  expect(parseDecimal('1,234.5', 'en')).toBe(1234.5)
  expect(parseDecimal('96,5', 'en')).toBe(96.5)
  expect(parseDecimal('96,5%', 'vi')).toBeUndefined()
  expect(parseDecimal('', 'vi')).toBeUndefined()
})

test('rows missing an indicator, a unit or a value, or with a malformed number or age group, are stopped before sending', () => {
  const rows = [emptyRow({ indicatorId: 7, unitId: 46, value: '0' }), emptyRow({ indicatorId: 7, ageGroup: 'dưới 5' }),
    emptyRow({ indicatorId: 7, unitId: 46, value: 'chín mươi' })]
  expect(checkRows(rows, 'vi')).toEqual({
    'values[1].unitId': 'validation.required', 'values[1].value': 'validation.required', 'values[1].ageGroup': 'validation.ageGroup',
    'values[2].value': 'validation.number',
  })
})

test('the server\'s violations land on the row and field they name; one it cannot place goes to the banner', () => {
  const error = new ApiError({
    status: 422, code: 'RULE_VIOLATED', violations: [
      { field: 'values[3].value', message: 'a percentage lies between 0 and 100' },
      { field: 'values[0].unitId', message: 'not the plan\'s unit or a unit below it' },
      { field: 'values[9].value', message: 'beyond the form' },
    ],
  })
  const errors = fieldErrors(error, valueFields(4))
  expect(errors['values[3].value']).toBe('a percentage lies between 0 and 100')
  expect(errors['values[0].unitId']).toBe('not the plan\'s unit or a unit below it')
  expect(errors['']).toBe('beyond the form')
})

test('a figure withheld from the editor comes without its value, and left empty goes out without one (kept)', () => {
  const rows = rowsOf([{ indicator: { id: 7 }, unit: { id: 46 }, sex: 'FEMALE', value: undefined, suppressed: true }], 'vi')
  expect(rows[0]).toMatchObject({ value: '', withheld: true })
  expect(checkRows(rows, 'vi')).toEqual({})
  expect(toInput(rows, 'vi')[0].value).toBeUndefined()
  // a number typed replaces it
  expect(toInput([{ ...rows[0], value: '12' }], 'vi')[0].value).toBe(12)
  // a row that was never withheld still needs its value
  expect(checkRows([emptyRow({ indicatorId: 7, unitId: 46 })], 'vi')).toEqual({ 'values[0].value': 'validation.required' })
})
