import { expect, test } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent } from 'vue'
import { ElTable, ElTableColumn } from 'element-plus'
import { i18n } from '@/lib/i18n'
import ActionsColumn from './ActionsColumn.vue'
import StatusTag from './StatusTag.vue'
import { waitForState } from '@/lib/testing'

test('the actions column comes where it is written, with a header for screen readers and the row in its slot', async () => {
  const Table = defineComponent({
    components: { ActionsColumn, StatusTag, ElTable, ElTableColumn },
    data: () => ({ rows: [{ name: 'Kế hoạch 12', status: 'ISSUED' }] }),
    template: `<el-table :data="rows">
      <el-table-column label="Tên" prop="name" />
      <el-table-column label="Trạng thái"><template #default="{ row }"><StatusTag kind="documentStatus" :status="row.status" /></template></el-table-column>
      <ActionsColumn v-slot="{ row }" width="90"><button>Mở {{ row.name }}</button></ActionsColumn>
    </el-table>`,
  })
  const wrapper = mount(Table, { global: { plugins: [i18n] }, attachTo: document.body })
  // Element Plus lays the columns out after mounting: wait until the header row is there, not for a time
  await waitForState(() => expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['Tên', 'Trạng thái', 'Thao tác']))
  expect(wrapper.find('thead th:last-child .sr-only').exists()).toBe(true)
  const cells = wrapper.findAll('tbody td').map((td) => td.text())
  expect(cells).toEqual(['Kế hoạch 12', 'Đã ban hành', 'Mở Kế hoạch 12'])
  expect(wrapper.find('tbody .el-tag--success').exists()).toBe(true)
  wrapper.unmount()
})
