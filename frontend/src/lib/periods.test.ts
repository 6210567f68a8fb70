import { expect, test } from 'vitest'
import { periodCodes, periodTypeOf, periodYear } from './periods'

test('period codes are written as the API expects them', () => {
  expect(periodCodes('YEAR', 2016)).toEqual(['2016'])
  expect(periodCodes('HALF_YEAR', 2016)).toEqual(['2016-H1', '2016-H2'])
  expect(periodCodes('QUARTER', 2016)[2]).toBe('2016-Q3')
  expect(periodCodes('MONTH', 2016)[4]).toBe('2016-05')
  expect(periodCodes('STATISTICAL_MONTH', 2016)[4]).toBe('2016-05S')
  expect(periodCodes('SCHOOL_YEAR', 2017)).toEqual(['2016-2017'])
})

test("a regime's periods of the year leave out the periods it does not owe", () => {
  expect(periodCodes('HALF_YEAR', 2016, [1])).toEqual(['2016-H1'])
  expect(periodCodes('QUARTER', 2016, [1, 2, 3])).toEqual(['2016-Q1', '2016-Q2', '2016-Q3'])
  expect(periodCodes('HALF_YEAR', 2016, null)).toEqual(['2016-H1', '2016-H2'])
  expect(periodCodes('HALF_YEAR', 2016, [])).toEqual(['2016-H1', '2016-H2'])
})

test('a code read from a link gives back the type and year that list it', () => {
  for (const type of ['YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH', 'STATISTICAL_MONTH', 'SCHOOL_YEAR']) {
    for (const code of periodCodes(type, 2017)) {
      expect(periodTypeOf(code)).toBe(type)
      expect(periodCodes(type, periodYear(code))).toContain(code)
    }
  }
  expect(periodTypeOf('2016-03-01/2016-06-30')).toBeUndefined()
})
