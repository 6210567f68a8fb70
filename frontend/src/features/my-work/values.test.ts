import { expect, test } from 'vitest'
import { ApiError, fieldErrors } from '@/lib/api/problem'
import { checkRows, emptyRow, rowsOf, toInput, valueFields } from './values'

test('a report\'s values come back into the form and go out unchanged, the total breakdown by default', () => {
  const rows = rowsOf([{ indicator: { id: 7 }, unit: { id: 46 }, sex: 'FEMALE', ageGroup: '0-5', areaType: 'ALL', value: 96.5 }])
  expect(toInput(rows)).toEqual([{ indicatorId: 7, unitId: 46, sex: 'FEMALE', ageGroup: '0-5', areaType: 'ALL', value: 96.5, note: undefined }])
  expect(toInput([emptyRow({ indicatorId: 7, unitId: 46, value: 0, ageGroup: ' ' })])[0]).toMatchObject({ ageGroup: 'ALL', value: 0 })
})

test('rows missing an indicator, a unit or a value, or with a malformed age group, are stopped before sending', () => {
  const rows = [emptyRow({ indicatorId: 7, unitId: 46, value: 0 }), emptyRow({ indicatorId: 7, ageGroup: 'dưới 5' })]
  expect(checkRows(rows)).toEqual({
    'values[1].unitId': 'validation.required', 'values[1].value': 'validation.required', 'values[1].ageGroup': 'validation.ageGroup',
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
