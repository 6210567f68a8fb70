import { expect, test } from 'vitest'
import { periodCodes } from './periods'

test('period codes are written as the API expects them', () => {
  expect(periodCodes('YEAR', 2016)).toEqual(['2016'])
  expect(periodCodes('HALF_YEAR', 2016)).toEqual(['2016-H1', '2016-H2'])
  expect(periodCodes('QUARTER', 2016)[2]).toBe('2016-Q3')
  expect(periodCodes('MONTH', 2016)[4]).toBe('2016-05')
  expect(periodCodes('STATISTICAL_MONTH', 2016)[4]).toBe('2016-05S')
  expect(periodCodes('SCHOOL_YEAR', 2017)).toEqual(['2016-2017'])
})
