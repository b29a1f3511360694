<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AttendanceModel</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_model.py" />
            <source> · 无表决权</source>
            <translation> · 无表决权</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_model.py" />
            <source>党员</source>
            <translation>党员</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_model.py" />
            <source>正式党员</source>
            <translation>正式党员</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_model.py" />
            <source>留党察看</source>
            <translation>留党察看</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_model.py" />
            <source>预备党员</source>
            <translation>预备党员</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_model.py" />
            <source>（点击选择）</source>
            <translation>（点击选择）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_model.py" />
            <source>（请填写请假原因）</source>
            <translation>（请填写请假原因）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_model.py" />
            <source>：已选</source>
            <translation>：已选</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_tab.py" />
            <source>先点“全部出席”，再选中没有来的人，按数字键 2 标为请假、3 标为缺席（也可以直接点击表格里的圆圈）。请假要写明原因；按住 Ctrl 可以一次选中多人。</source>
            <translation>先点“全部出席”，再选中没有来的人，按数字键 2 标为请假、3 标为缺席（也可以直接点击表格里的圆圈）。请假要写明原因；按住 Ctrl 可以一次选中多人。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_tab.py" />
            <source>全部出席(&amp;A)</source>
            <translation>全部出席(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_tab.py" />
            <source>其他会议的应到人员可以调整：</source>
            <translation>其他会议的应到人员可以调整：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_tab.py" />
            <source>加入应到(&amp;J)</source>
            <translation>加入应到(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_tab.py" />
            <source>把还没有登记的人都标为出席；都已登记时，把所有人标为出席。</source>
            <translation>把还没有登记的人都标为出席；都已登记时，把所有人标为出席。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_tab.py" />
            <source>移出应到</source>
            <translation>移出应到</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_tab.py" />
            <source>选中的人出席 (1)</source>
            <translation>选中的人出席 (1)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_tab.py" />
            <source>选中的人缺席 (3)</source>
            <translation>选中的人缺席 (3)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/attendance_tab.py" />
            <source>选中的人请假 (2)</source>
            <translation>选中的人请假 (2)</translation>
        </message>
    </context>
    <context>
        <name>Banners</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/status_panel.py" />
            <source>　记录仍然锁定：请按意见点“更正”（写明原因），改好后再点“定稿”。</source>
            <translation>　记录仍然锁定：请按意见点“更正”（写明原因），改好后再点“定稿”。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/status_panel.py" />
            <source>　记录已锁定；如确需修改，请点“更正”，写明更正原因。</source>
            <translation>　记录已锁定；如确需修改，请点“更正”，写明更正原因。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/status_panel.py" />
            <source>乡镇退回了这条记录，意见：{0}</source>
            <translation>乡镇退回了这条记录，意见：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/status_panel.py" />
            <source>已定稿 {0} 指纹 {1}</source>
            <translation>已定稿 {0} 指纹 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/status_panel.py" />
            <source>（未写意见）</source>
            <translation>（未写意见）</translation>
        </message>
    </context>
    <context>
        <name>BasicTab</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>主持人(&amp;H)</source>
            <translation>主持人(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>乡镇干部、村干部等不是本次会议应到党员的人，写在这里。</source>
            <translation>乡镇干部、村干部等不是本次会议应到党员的人，写在这里。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>会议类型</source>
            <translation>会议类型</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>例如 09:00</source>
            <translation>例如 09:00</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>例如 2</source>
            <translation>例如 2</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>例如：学习贯彻党的二十届四中全会精神</source>
            <translation>例如：学习贯彻党的二十届四中全会精神</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>例如：村党群服务中心</source>
            <translation>例如：村党群服务中心</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>党小组(&amp;Z)</source>
            <translation>党小组(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>党课题目(&amp;I)</source>
            <translation>党课题目(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>列席人员</source>
            <translation>列席人员</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>列席人员要填写姓名，没有姓名的一行不会保存。</source>
            <translation>列席人员要填写姓名，没有姓名的一行不会保存。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>删除列席人员(&amp;E)</source>
            <translation>删除列席人员(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>地点(&amp;Q)</source>
            <translation>地点(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>学时(&amp;U)</source>
            <translation>学时(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>授课人(&amp;L)</source>
            <translation>授课人(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>日期(&amp;D)</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>时间(&amp;B)</source>
            <translation>时间(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>更正记录</source>
            <translation>更正记录</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>活动主题(&amp;M)</source>
            <translation>活动主题(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>活动形式(&amp;O)</source>
            <translation>活动形式(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>添加列席人员(&amp;N)</source>
            <translation>添加列席人员(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>至</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>补开</source>
            <translation>补开</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>补开哪一期，例如 2026-Q1 或 2026-03</source>
            <translation>补开哪一期，例如 2026-Q1 或 2026-03</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>议题(&amp;T)</source>
            <translation>议题(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>记录人(&amp;R)</source>
            <translation>记录人(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>请写明补开的是哪一期，例如 2026-Q1。</source>
            <translation>请写明补开的是哪一期，例如 2026-Q1。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/basic_tab.py" />
            <source>这是补开以前的会议(&amp;K)</source>
            <translation>这是补开以前的会议(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>BirthdaysPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>%1年%2月有 %3 名党员过政治生日，其中 %4 人今年还没有登记活动。逢十周年的用底色标出。</source>
            <translation>%1年%2月有 %3 名党员过政治生日，其中 %4 人今年还没有登记活动。逢十周年的用底色标出。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>%1年应报送：</source>
            <translation>%1年应报送：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>%1年本支部没有党龄满50年的党员。</source>
            <translation>%1年本支部没有党龄满50年的党员。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>%1月</source>
            <translation>%1月</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>为本月 %1 名党员登记“集体过政治生日”（%2），然后打印贺卡。确定吗？</source>
            <translation>为本月 %1 名党员登记“集体过政治生日”（%2），然后打印贺卡。确定吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>为选中的人登记(&amp;R)</source>
            <translation>为选中的人登记(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>今年已办</source>
            <translation>今年已办</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>光荣在党50年纪念章（党龄从转正之日算起，截至7月1日）</source>
            <translation>光荣在党50年纪念章（党龄从转正之日算起，截至7月1日）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>入党年数</source>
            <translation>入党年数</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>入党日期</source>
            <translation>入党日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>在本月主题党日集体过政治生日：为本月所有人登记，并打印贺卡</source>
            <translation>在本月主题党日集体过政治生日：为本月所有人登记，并打印贺卡</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>打印“光荣在党50年”名单(&amp;M)…</source>
            <translation>打印“光荣在党50年”名单(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>打印本月贺卡(&amp;C)…</source>
            <translation>打印本月贺卡(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>政治生日</source>
            <translation>政治生日</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>本月主题党日</source>
            <translation>本月主题党日</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>本月集体过政治生日(&amp;T)…</source>
            <translation>本月集体过政治生日(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>本月（还没有主题党日记录）</source>
            <translation>本月（还没有主题党日记录）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>没有登记</source>
            <translation>没有登记</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>请先在表格里选中一名或几名党员。</source>
            <translation>请先在表格里选中一名或几名党员。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>集体过政治生日</source>
            <translation>集体过政治生日</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/birthdays_page.py" />
            <source>（逢十）</source>
            <translation>（逢十）</translation>
        </message>
    </context>
    <context>
        <name>BranchView</name>
        <message>
            <location filename="../../desktop/sanhui/ui/branch_view.py" />
            <source>查看支部：</source>
            <translation>查看支部：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/branch_view.py" />
            <source>这是 %1 报送到乡镇的数据，只能查看和打印，不能修改。</source>
            <translation>这是 %1 报送到乡镇的数据，只能查看和打印，不能修改。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/branch_view.py" />
            <source>（只读）</source>
            <translation>（只读）</translation>
        </message>
    </context>
    <context>
        <name>BranchesModel</name>
        <message>
            <location filename="../../desktop/sanhui/ui/models/branches_model.py" />
            <source>密钥指纹：</source>
            <translation>密钥指纹：</translation>
        </message>
    </context>
    <context>
        <name>BranchesPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>%1年各支部三会一课情况.xlsx</source>
            <translation>%1年各支部三会一课情况.xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>下发主题党日主题(&amp;T)…</source>
            <translation>下发主题党日主题(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>下发年度计划(&amp;Y)…</source>
            <translation>下发年度计划(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>下发通知(&amp;N)…</source>
            <translation>下发通知(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>下发：</source>
            <translation>下发：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>以只读方式打开选中支部的会议、党员、谈话和统计</source>
            <translation>以只读方式打开选中支部的会议、党员、谈话和统计</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>共 %1 个支部；静默 30 天 %2 个；有退回未改的 %3 个；软弱涣散候选（完成率末尾十分之一，红底）%4 个。完成 = 已开/应开（到期的）。</source>
            <translation>共 %1 个支部；静默 30 天 %2 个；有退回未改的 %3 个；软弱涣散候选（完成率末尾十分之一，红底）%4 个。完成 = 已开/应开（到期的）。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>各支部</source>
            <translation>各支部</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>导出 Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>导出 Excel(&amp;E)…</source>
            <translation>导出 Excel(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>导出下发数据包(&amp;X)…</source>
            <translation>导出下发数据包(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>导出没有完成</source>
            <translation>导出没有完成</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>已写入 %1 个下发数据包：</source>
            <translation>已写入 %1 个下发数据包：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>已取消计算。换一个年份或重新打开本页时再算。</source>
            <translation>已取消计算。换一个年份或重新打开本页时再算。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>已导出：%1</source>
            <translation>已导出：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>已添加通知，下次导出下发数据包时带给支部。</source>
            <translation>已添加通知，下次导出下发数据包时带给支部。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>已设置主题党日主题，下次导出下发数据包时带给各支部。</source>
            <translation>已设置主题党日主题，下次导出下发数据包时带给各支部。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>已退回会议记录，下次给该支部导出下发数据包时带上。</source>
            <translation>已退回会议记录，下次给该支部导出下发数据包时带上。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>把下发数据包写到哪里（选择U盘）</source>
            <translation>把下发数据包写到哪里（选择U盘）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>按支部名称或代码查找</source>
            <translation>按支部名称或代码查找</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>查看支部记录(&amp;V)…</source>
            <translation>查看支部记录(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>正在导出 Excel</source>
            <translation>正在导出 Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>正在导出下发数据包</source>
            <translation>正在导出下发数据包</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>正在计算各支部的完成情况</source>
            <translation>正在计算各支部的完成情况</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>正在计算各支部的完成情况和出勤率……</source>
            <translation>正在计算各支部的完成情况和出勤率……</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>请先在表格里选中一个支部。</source>
            <translation>请先在表格里选中一个支部。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>退回会议记录(&amp;R)…</source>
            <translation>退回会议记录(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/branches_page.py" />
            <source>（在 %1）</source>
            <translation>（在 %1）</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>%1 检查完毕：%2 项全部正常。</source>
            <translation>%1 检查完毕：%2 项全部正常。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>%1 检查完毕：%2 项需要处理，请按“怎么办”一栏去做。</source>
            <translation>%1 检查完毕：%2 项需要处理，请按“怎么办”一栏去做。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>三会一课数据文件 (*.db);;所有文件 (*)</source>
            <translation>三会一课数据文件 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>从其他位置选择备份(&amp;O)…</source>
            <translation>从其他位置选择备份(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>备份与恢复</source>
            <translation>备份与恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>备份到U盘(&amp;U)…</source>
            <translation>备份到U盘(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>备份完成</source>
            <translation>备份完成</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>备份文件夹里还没有备份。程序每天第一次打开时会自动备份。</source>
            <translation>备份文件夹里还没有备份。程序每天第一次打开时会自动备份。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>备份时间：%1
单位：%2
党员：%3 人
会议记录：%4 条
文件大小：%5
位置：%6</source>
            <translation>备份时间：%1
单位：%2
党员：%3 人
会议记录：%4 条
文件大小：%5
位置：%6</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>将用 %1 的备份（%2，党员 %3 人，会议记录 %4 条）替换现在的全部数据。

现在的数据会先另存一份，放在备份文件夹里，需要时还可以恢复回来。确定恢复吗？</source>
            <translation>将用 %1 的备份（%2，党员 %3 人，会议记录 %4 条）替换现在的全部数据。

现在的数据会先另存一份，放在备份文件夹里，需要时还可以恢复回来。确定恢复吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>已备份到：</source>
            <translation>已备份到：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>开始检查(&amp;C)</source>
            <translation>开始检查(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>怎么办</source>
            <translation>怎么办</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>数据检查</source>
            <translation>数据检查</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>无需处理</source>
            <translation>无需处理</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>检查数据文件</source>
            <translation>检查数据文件</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>检查文件是否完整、数据之间的引用是否正确、有没有遗留的记录，以及数据格式版本。</source>
            <translation>检查文件是否完整、数据之间的引用是否正确、有没有遗留的记录，以及数据格式版本。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>检查没有完成：</source>
            <translation>检查没有完成：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>检查项目</source>
            <translation>检查项目</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>正在备份</source>
            <translation>正在备份</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>正在检查……</source>
            <translation>正在检查……</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>正在检查数据</source>
            <translation>正在检查数据</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>正在读取备份</source>
            <translation>正在读取备份</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>正在读取备份……</source>
            <translation>正在读取备份……</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>正常</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>用备份恢复</source>
            <translation>用备份恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>用这份备份恢复(&amp;R)…</source>
            <translation>用这份备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>程序每天自动备份，并在升级、导入和恢复之前各留一份。恢复时，当前的数据会先另存一份。</source>
            <translation>程序每天自动备份，并在升级、导入和恢复之前各留一份。恢复时，当前的数据会先另存一份。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>这份备份不能用来恢复：</source>
            <translation>这份备份不能用来恢复：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>选择U盘或其他备份位置</source>
            <translation>选择U盘或其他备份位置</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>选择备份文件（例如U盘上的）</source>
            <translation>选择备份文件（例如U盘上的）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>选择左边的一份备份，这里显示它的内容。</source>
            <translation>选择左边的一份备份，这里显示它的内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/check_page.py" />
            <source>需处理</source>
            <translation>需处理</translation>
        </message>
    </context>
    <context>
        <name>ContentTab</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/content_tab.py" />
            <source>会议内容（发言记录）(&amp;W)</source>
            <translation>会议内容（发言记录）(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/content_tab.py" />
            <source>例如：本次会议为学习会议，不作决议</source>
            <translation>例如：本次会议为学习会议，不作决议</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/content_tab.py" />
            <source>决议（每行一条）(&amp;J)</source>
            <translation>决议（每行一条）(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/content_tab.py" />
            <source>按发言顺序记录：谁讲了什么、大家讨论的意见。
例如：
书记 张××：传达了……
党员 李××：建议……</source>
            <translation>按发言顺序记录：谁讲了什么、大家讨论的意见。
例如：
书记 张××：传达了……
党员 李××：建议……</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/content_tab.py" />
            <source>本次会议无决议的原因(&amp;Y)</source>
            <translation>本次会议无决议的原因(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/content_tab.py" />
            <source>每行写一条决议，例如：
同意村道路硬化方案，提交村民代表会议表决</source>
            <translation>每行写一条决议，例如：
同意村道路硬化方案，提交村民代表会议表决</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/content_tab.py" />
            <source>每行写一项，例如：
传达学习上级会议精神
讨论村里道路硬化方案</source>
            <translation>每行写一项，例如：
传达学习上级会议精神
讨论村里道路硬化方案</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/content_tab.py" />
            <source>议程（每行一项）(&amp;I)</source>
            <translation>议程（每行一项）(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/content_tab.py" />
            <source>这类会议可以不写决议。</source>
            <translation>这类会议可以不写决议。</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>“改为”和原内容一样。请写上正确的内容。</source>
            <translation>“改为”和原内容一样。请写上正确的内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>例如：记录人笔误，经主持人核对更正</source>
            <translation>例如：记录人笔误，经主持人核对更正</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>再更正一项(&amp;A)</source>
            <translation>再更正一项(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>原内容</source>
            <translation>原内容</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>已定稿的记录不能直接修改。更正会注明日期和原因，并打印在记录后面。</source>
            <translation>已定稿的记录不能直接修改。更正会注明日期和原因，并打印在记录后面。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>把上面这一项记下，再选择另一个要更正的项目；最后一起登记。</source>
            <translation>把上面这一项记下，再选择另一个要更正的项目；最后一起登记。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>改为(&amp;V)</source>
            <translation>改为(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>更正原因(&amp;Y) *</source>
            <translation>更正原因(&amp;Y) *</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>更正项目(&amp;X)</source>
            <translation>更正项目(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>未登记</source>
            <translation>未登记</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>本次更正</source>
            <translation>本次更正</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>没有要更正的内容：请在“改为”中写上正确的内容。</source>
            <translation>没有要更正的内容：请在“改为”中写上正确的内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>登记更正</source>
            <translation>登记更正</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>登记更正(&amp;S)</source>
            <translation>登记更正(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>请假或缺席的原因</source>
            <translation>请假或缺席的原因</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections.py" />
            <source>请写明更正原因。</source>
            <translation>请写明更正原因。</translation>
        </message>
    </context>
    <context>
        <name>CorrectionsTable</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections_list.py" />
            <source>原内容 → 新内容</source>
            <translation>原内容 → 新内容</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections_list.py" />
            <source>更正原因</source>
            <translation>更正原因</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections_list.py" />
            <source>更正时间</source>
            <translation>更正时间</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/corrections_list.py" />
            <source>更正项目</source>
            <translation>更正项目</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../desktop/sanhui/ui/widgets.py" />
            <source>例如 2020-07-01</source>
            <translation>例如 2020-07-01</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source> 页</source>
            <translation> 页</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>%1年%2月政治生日贺卡</source>
            <translation>%1年%2月政治生日贺卡</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>%1年光荣在党50年名单</source>
            <translation>%1年光荣在党50年名单</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>%1年度三会一课统计表</source>
            <translation>%1年度三会一课统计表</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>%1年度三会一课记录本</source>
            <translation>%1年度三会一课记录本</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>%1年度统计表</source>
            <translation>%1年度统计表</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>Word 文档 (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>上一页</source>
            <translation>上一页</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>下一页</source>
            <translation>下一页</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>会议记录</source>
            <translation>会议记录</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>共 %1 页</source>
            <translation>共 %1 页</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>另存为 PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>另存为 PDF(&amp;S)…</source>
            <translation>另存为 PDF(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>另存为 Word</source>
            <translation>另存为 Word</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>另存为 Word(&amp;W)…</source>
            <translation>另存为 Word(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>已保存：%1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>已发送到打印机：%1 页。</source>
            <translation>已发送到打印机：%1 页。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>已生成，共 %1 页。</source>
            <translation>已生成，共 %1 页。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>打印%1</source>
            <translation>打印%1</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>打印(&amp;P)…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>打印机没有响应，无法开始打印。请检查打印机是否打开、连接好，然后重试。</source>
            <translation>打印机没有响应，无法开始打印。请检查打印机是否打开、连接好，然后重试。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>数据交换指纹核对单</source>
            <translation>数据交换指纹核对单</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>无法复制文件到临时文件夹：%1。请改用“另存为 PDF”。</source>
            <translation>无法复制文件到临时文件夹：%1。请改用“另存为 PDF”。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>正在发送到打印机……</source>
            <translation>正在发送到打印机……</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>正在生成 Word 文档</source>
            <translation>正在生成 Word 文档</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>正在生成%1</source>
            <translation>正在生成%1</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>正在生成……</source>
            <translation>正在生成……</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>没有生成：</source>
            <translation>没有生成：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>用系统程序打开(&amp;O)</source>
            <translation>用系统程序打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>第 </source>
            <translation>第 </translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>签到表</source>
            <translation>签到表</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>缩放</source>
            <translation>缩放</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>这台电脑没有能打开 PDF 的程序。文件在：%1</source>
            <translation>这台电脑没有能打开 PDF 的程序。文件在：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/document_dialog.py" />
            <source>（草稿，页面上印有“草稿”字样）</source>
            <translation>（草稿，页面上印有“草稿”字样）</translation>
        </message>
    </context>
    <context>
        <name>ExchangePage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>
有的数据包没有导入，原因见表格中每个文件的说明；其余数据包不受影响。</source>
            <translation>
有的数据包没有导入，原因见表格中每个文件的说明；其余数据包不受影响。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source> 核对无误后请按“确认导入”。</source>
            <translation> 核对无误后请按“确认导入”。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source> 没有可以导入的数据包。</source>
            <translation> 没有可以导入的数据包。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>“%1”（代码 %2）是第一次报送数据包。

它的密钥指纹是：

    %3

请打电话或当面与该支部电脑上“数据交换”页显示的指纹逐位核对。完全一致才能接受；不一致请选“否”，并查明原因。

指纹一致，接受这个单位吗？</source>
            <translation>“%1”（代码 %2）是第一次报送数据包。

它的密钥指纹是：

    %3

请打电话或当面与该支部电脑上“数据交换”页显示的指纹逐位核对。完全一致才能接受；不一致请选“否”，并查明原因。

指纹一致，接受这个单位吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>三会一课数据包 (*.sanhui);;所有文件 (*)</source>
            <translation>三会一课数据包 (*.sanhui);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>乡镇下发</source>
            <translation>乡镇下发</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>乡镇下发的%1主题党日主题：</source>
            <translation>乡镇下发的%1主题党日主题：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>乡镇的退回意见</source>
            <translation>乡镇的退回意见</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>乡镇还没有下发%1的主题党日主题。</source>
            <translation>乡镇还没有下发%1的主题党日主题。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>乡镇还没有下发通知或年度计划。</source>
            <translation>乡镇还没有下发通知或年度计划。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>乡镇退回、需要更正的会议记录：</source>
            <translation>乡镇退回、需要更正的会议记录：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>从U盘导入</source>
            <translation>从U盘导入</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>会议类型</source>
            <translation>会议类型</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>先预览每个数据包会带来的变化，核对无误后再确认导入。</source>
            <translation>先预览每个数据包会带来的变化，核对无误后再确认导入。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>全部数据（不只是上次回执以来的变化）(&amp;A)</source>
            <translation>全部数据（不只是上次回执以来的变化）(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>其他文件夹…</source>
            <translation>其他文件夹…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>写一个报送给乡镇的数据包。</source>
            <translation>写一个报送给乡镇的数据包。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>写到：</source>
            <translation>写到：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>刷新(&amp;S)</source>
            <translation>刷新(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>哪个单位换了电脑？</source>
            <translation>哪个单位换了电脑？</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>在选择的位置没有找到数据包（.sanhui 文件）。请确认U盘已插好、选择的文件夹正确。</source>
            <translation>在选择的位置没有找到数据包（.sanhui 文件）。请确认U盘已插好、选择的文件夹正确。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>对方换了电脑</source>
            <translation>对方换了电脑</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>对方换了电脑(&amp;K)…</source>
            <translation>对方换了电脑(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>对方重装了程序或换了电脑：照对方的指纹核对单输入新指纹</source>
            <translation>对方重装了程序或换了电脑：照对方的指纹核对单输入新指纹</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>导入完成</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>导出到U盘</source>
            <translation>导出到U盘</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>导出到U盘(&amp;E)</source>
            <translation>导出到U盘(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>导出没有完成</source>
            <translation>导出没有完成</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>已写入：</source>
            <translation>已写入：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>已更正，待报送</source>
            <translation>已更正，待报送</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>已登记</source>
            <translation>已登记</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>已登记 %1 的新指纹。下次导入它用新电脑发出的数据包时会接受；其他密钥仍然拒收。</source>
            <translation>已登记 %1 的新指纹。下次导入它用新电脑发出的数据包时会接受；其他密钥仍然拒收。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>已登记的对方：</source>
            <translation>已登记的对方：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>已登记的对方：%1 个单位。每个支部的密钥指纹见“各支部”页（鼠标停在支部名称上）。</source>
            <translation>已登记的对方：%1 个单位。每个支部的密钥指纹见“各支部”页（鼠标停在支部名称上）。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>打印指纹核对单(&amp;L)…</source>
            <translation>打印指纹核对单(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>打开记录(&amp;R)</source>
            <translation>打开记录(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>数据交换</source>
            <translation>数据交换</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>新单位（已核对指纹）</source>
            <translation>新单位（已核对指纹）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>本机密钥指纹</source>
            <translation>本机密钥指纹</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>本机指纹（念给对方听、与对方屏幕上的核对）：</source>
            <translation>本机指纹（念给对方听、与对方屏幕上的核对）：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>核对密钥指纹</source>
            <translation>核对密钥指纹</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>正在导入数据包</source>
            <translation>正在导入数据包</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>正在导出数据包</source>
            <translation>正在导出数据包</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>正在检查数据包</source>
            <translation>正在检查数据包</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>没有登记</source>
            <translation>没有登记</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>注意：还没有收到乡镇下发的数据包，这次没有带身份证号和手机号码；导入乡镇的数据包后再导出，就会补上。</source>
            <translation>注意：还没有收到乡镇下发的数据包，这次没有带身份证号和手机号码；导入乡镇的数据包后再导出，就会补上。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>确认导入(&amp;I)</source>
            <translation>确认导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>给每个已登记的支部各写一个下发数据包。</source>
            <translation>给每个已登记的支部各写一个下发数据包。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>请照对方新打印的指纹核对单输入新指纹（至少 16 位，例如 3F2A-91C0-7B44-0D1E）：</source>
            <translation>请照对方新打印的指纹核对单输入新指纹（至少 16 位，例如 3F2A-91C0-7B44-0D1E）：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>还没有登记任何对方单位。</source>
            <translation>还没有登记任何对方单位。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>还没有登记任何对方单位：第一次导入对方的数据包时核对指纹。</source>
            <translation>还没有登记任何对方单位：第一次导入对方的数据包时核对指纹。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>选择导出到哪个文件夹</source>
            <translation>选择导出到哪个文件夹</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>选择放数据包的文件夹（例如U盘）</source>
            <translation>选择放数据包的文件夹（例如U盘）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>选择数据包</source>
            <translation>选择数据包</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>选择数据包文件(&amp;O)…</source>
            <translation>选择数据包文件(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>选择文件夹(&amp;D)…</source>
            <translation>选择文件夹(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/exchange_page.py" />
            <source>通知和年度计划（双击看全文）：</source>
            <translation>通知和年度计划（双击看全文）：</translation>
        </message>
    </context>
    <context>
        <name>FileProblemBox</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/file_problem.py" />
            <source>也可以新建一个数据文件，或者退出。</source>
            <translation>也可以新建一个数据文件，或者退出。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/file_problem.py" />
            <source>如果数据文件在U盘上，请插好U盘后选“打开其他文件…”。</source>
            <translation>如果数据文件在U盘上，请插好U盘后选“打开其他文件…”。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/file_problem.py" />
            <source>打开其他文件…</source>
            <translation>打开其他文件…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/file_problem.py" />
            <source>新建…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/file_problem.py" />
            <source>无法打开数据文件</source>
            <translation>无法打开数据文件</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/file_problem.py" />
            <source>程序不会改动或覆盖这个文件。</source>
            <translation>程序不会改动或覆盖这个文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/file_problem.py" />
            <source>退出</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>&lt; 上一步(&amp;B)</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>下一步(&amp;N) &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>完成(&amp;F)</source>
            <translation>完成(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>无法把数据保存到 %1，请检查磁盘空间和文件夹是否可以写入，然后再点“完成”。</source>
            <translation>无法把数据保存到 %1，请检查磁盘空间和文件夹是否可以写入，然后再点“完成”。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>欢迎使用三会一课助手</source>
            <translation>欢迎使用三会一课助手</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>没有保存</source>
            <translation>没有保存</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>退出</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>乡镇代码</source>
            <translation>乡镇代码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>乡镇党委名称 *</source>
            <translation>乡镇党委名称 *</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>乡镇（街道）党委</source>
            <translation>乡镇（街道）党委</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>例如 中共某某村支部委员会</source>
            <translation>例如 中共某某村支部委员会</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>例如 中共某某镇委员会</source>
            <translation>例如 中共某某镇委员会</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>开始使用</source>
            <translation>开始使用</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>所属乡镇党委</source>
            <translation>所属乡镇党委</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>支部名称 *</source>
            <translation>支部名称 *</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>数据保存在：</source>
            <translation>数据保存在：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>本机用于</source>
            <translation>本机用于</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>村（社区）党支部</source>
            <translation>村（社区）党支部</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>欢迎使用三会一课助手</source>
            <translation>欢迎使用三会一课助手</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>第一次使用，请填写本单位信息</source>
            <translation>第一次使用，请填写本单位信息</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>组织代码 *</source>
            <translation>组织代码 *</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>组织代码，例如 330102001</source>
            <translation>组织代码，例如 330102001</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/first_start.py" />
            <source>退出</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/help_dialog.py" />
            <source>使用说明</source>
            <translation>使用说明</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/help_dialog.py" />
            <source>关闭(&amp;C)</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/help_dialog.py" />
            <source>找不到使用说明文件（resources/help/guide.md），请重新安装本程序。</source>
            <translation>找不到使用说明文件（resources/help/guide.md），请重新安装本程序。</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/home_page.py" />
            <source>%1年%2月%3日（%4）</source>
            <translation>%1年%2月%3日（%4）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/home_page.py" />
            <source>　上级：</source>
            <translation>　上级：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/home_page.py" />
            <source>下一次主题党日</source>
            <translation>下一次主题党日</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/home_page.py" />
            <source>今天</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/home_page.py" />
            <source>今天是 </source>
            <translation>今天是 </translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/home_page.py" />
            <source>党员队伍</source>
            <translation>党员队伍</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/home_page.py" />
            <source>全年完成情况</source>
            <translation>全年完成情况</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/home_page.py" />
            <source>在册党员 %1 人：正式党员 %2 人，预备党员 %3 人；党小组 %4 个；不计入应到 %5 人。</source>
            <translation>在册党员 %1 人：正式党员 %2 人，预备党员 %3 人；党小组 %4 个；不计入应到 %5 人。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/home_page.py" />
            <source>已开 %1 / 全年 %2</source>
            <translation>已开 %1 / 全年 %2</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/home_page.py" />
            <source>提醒：近期要办的事（双击去办理）</source>
            <translation>提醒：近期要办的事（双击去办理）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/home_page.py" />
            <source>还有 %1 天</source>
            <translation>还有 %1 天</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>
数据没有改动。</source>
            <translation>
数据没有改动。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>原因或变化</source>
            <translation>原因或变化</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>处理</source>
            <translation>处理</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>导入党员名册 — 预览</source>
            <translation>导入党员名册 — 预览</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>导入没有完成</source>
            <translation>导入没有完成</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>将要新增 %1 人，更新 %2 人，无变化 %3 人，不导入 %4 人。</source>
            <translation>将要新增 %1 人，更新 %2 人，无变化 %3 人，不导入 %4 人。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>文件：</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>未识别的列（已忽略）：</source>
            <translation>未识别的列（已忽略）：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>标红的行不会导入，请在表格文件里改好后再导入一次。</source>
            <translation>标红的行不会导入，请在表格文件里改好后再导入一次。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>确认导入(&amp;I)</source>
            <translation>确认导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>行号</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/import_dialog.py" />
            <source>请检查下面每一行，确认无误后点“确认导入”。</source>
            <translation>请检查下面每一行，确认无误后点“确认导入”。</translation>
        </message>
    </context>
    <context>
        <name>LockBox</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/lock_box.py" />
            <source> 分钟</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/lock_box.py" />
            <source>不自动锁定</source>
            <translation>不自动锁定</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/lock_box.py" />
            <source>修改密码(&amp;M)…</source>
            <translation>修改密码(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/lock_box.py" />
            <source>取消密码(&amp;X)…</source>
            <translation>取消密码(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/lock_box.py" />
            <source>密码锁</source>
            <translation>密码锁</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/lock_box.py" />
            <source>已设置密码：打开程序和自动锁定后要输入密码。</source>
            <translation>已设置密码：打开程序和自动锁定后要输入密码。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/lock_box.py" />
            <source>无操作自动锁定</source>
            <translation>无操作自动锁定</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/lock_box.py" />
            <source>未设置密码。设置后，打开程序要输入密码，离开电脑时程序会自动锁定，保护党员的个人信息。</source>
            <translation>未设置密码。设置后，打开程序要输入密码，离开电脑时程序会自动锁定，保护党员的个人信息。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/lock_box.py" />
            <source>设置密码(&amp;M)…</source>
            <translation>设置密码(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/lock_box.py" />
            <source>这么长时间没有操作，程序就锁定，要输入密码才能继续使用</source>
            <translation>这么长时间没有操作，程序就锁定，要输入密码才能继续使用</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>%1
为保护党员的个人信息，程序在 %2 分钟没有操作后自动锁定。请输入密码继续使用。</source>
            <translation>%1
为保护党员的个人信息，程序在 %2 分钟没有操作后自动锁定。请输入密码继续使用。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>三会一课助手已锁定</source>
            <translation>三会一课助手已锁定</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>可以再试了。</source>
            <translation>可以再试了。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>密码不对，请重新输入。</source>
            <translation>密码不对，请重新输入。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>密码连续输错 %1 次，请 1 分钟后再试。</source>
            <translation>密码连续输错 %1 次，请 1 分钟后再试。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>解锁(&amp;U)</source>
            <translation>解锁(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>三会一课助手</source>
            <translation>三会一课助手</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>三会一课助手 </source>
            <translation>三会一课助手 </translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>乡镇</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>今天有 %1 件事到期或已逾期，请在“工作台”查看。</source>
            <translation>今天有 %1 件事到期或已逾期，请在“工作台”查看。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>使用说明(&amp;H)</source>
            <translation>使用说明(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>关于</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>关于三会一课助手(&amp;A)</source>
            <translation>关于三会一课助手(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>备份数据(&amp;B)…</source>
            <translation>备份数据(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>已用备份恢复数据。恢复前的数据另存为：</source>
            <translation>已用备份恢复数据。恢复前的数据另存为：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>帮助(&amp;H)</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>恢复完成</source>
            <translation>恢复完成</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>恢复没有完成</source>
            <translation>恢复没有完成</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>支部</source>
            <translation>支部</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>文件(&amp;F)</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>村党支部三会一课、主题党日、组织生活记录工具。全部数据保存在本机，不联网。</source>
            <translation>村党支部三会一课、主题党日、组织生活记录工具。全部数据保存在本机，不联网。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>退出(&amp;Q)</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/main_window.py" />
            <source>页面(&amp;P)</source>
            <translation>页面(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>MakeupTab</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/makeup_tab.py" />
            <source>例如 {0}</source>
            <translation>例如 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/makeup_tab.py" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/makeup_tab.py" />
            <source>情况</source>
            <translation>情况</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/makeup_tab.py" />
            <source>本次会议没有请假或缺席的党员，不需要补学。</source>
            <translation>本次会议没有请假或缺席的党员，不需要补学。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/makeup_tab.py" />
            <source>补学方式</source>
            <translation>补学方式</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/makeup_tab.py" />
            <source>补学日期</source>
            <translation>补学日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/makeup_tab.py" />
            <source>请假、缺席的党员会后要补学本次会议的内容。写明补学日期和方式（可以从列表中选，也可以自己写）。</source>
            <translation>请假、缺席的党员会后要补学本次会议的内容。写明补学日期和方式（可以从列表中选，也可以自己写）。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/makeup_tab.py" />
            <source>请填写补学日期。</source>
            <translation>请填写补学日期。</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>不能定稿</source>
            <translation>不能定稿</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>仍然关闭吗？没能保存的内容会丢失。</source>
            <translation>仍然关闭吗？没能保存的内容会丢失。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>内容与决议</source>
            <translation>内容与决议</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>基本信息</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>定稿</source>
            <translation>定稿</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>定稿(&amp;F)</source>
            <translation>定稿(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>定稿(&amp;F)…</source>
            <translation>定稿(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>定稿后记录将被锁定，只能以注明日期和原因的更正方式修改。确定定稿吗？</source>
            <translation>定稿后记录将被锁定，只能以注明日期和原因的更正方式修改。确定定稿吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>已自动保存 {0}</source>
            <translation>已自动保存 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>打印签到表(&amp;G)…</source>
            <translation>打印签到表(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>打印记录(&amp;P)…</source>
            <translation>打印记录(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>更正(&amp;C)…</source>
            <translation>更正(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>有内容没能保存</source>
            <translation>有内容没能保存</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>本次支部党员大会通过了 %1 同志转为正式党员。现在把他（她）登记为正式党员，并填写转正日期吗？</source>
            <translation>本次支部党员大会通过了 %1 同志转为正式党员。现在把他（她）登记为正式党员，并填写转正日期吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>正在输入…</source>
            <translation>正在输入…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>没有登记转正</source>
            <translation>没有登记转正</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>没能保存：</source>
            <translation>没能保存：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>照片</source>
            <translation>照片</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>签到</source>
            <translation>签到</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>补学</source>
            <translation>补学</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>表决</source>
            <translation>表决</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/editor.py" />
            <source>预备党员转正</source>
            <translation>预备党员转正</translation>
        </message>
    </context>
    <context>
        <name>MeetingsModel</name>
        <message>
            <location filename="../../desktop/sanhui/ui/models/meetings_model.py" />
            <source> 未签 %1</source>
            <translation> 未签 %1</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/models/meetings_model.py" />
            <source>（补开）</source>
            <translation>（补开）</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>%1年应开会议 %2 次：已开 %3 次，未开 %4 次，待开 %5 次。</source>
            <translation>%1年应开会议 %2 次：已开 %3 次，未开 %4 次，待开 %5 次。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>会议</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>会议记录</source>
            <translation>会议记录</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>全部状态</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>全部类型</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>年度计划</source>
            <translation>年度计划</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>打印会议记录(&amp;P)…</source>
            <translation>打印会议记录(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>打印年度记录本(&amp;B)…</source>
            <translation>打印年度记录本(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>打印签到表(&amp;G)…</source>
            <translation>打印签到表(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>搜索议题、主持人、日期</source>
            <translation>搜索议题、主持人、日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>新建会议记录(&amp;N)…</source>
            <translation>新建会议记录(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/meetings_page.py" />
            <source>点击格子打开或新建该期的会议记录。</source>
            <translation>点击格子打开或新建该期的会议记录。</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source> 个月</source>
            <translation> 个月</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>　自</source>
            <translation>　自</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>　至（可空）</source>
            <translation>　至（可空）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>不能保存</source>
            <translation>不能保存</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>不计入应到的原因</source>
            <translation>不计入应到的原因</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>人员类别</source>
            <translation>人员类别</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>例如 汉族</source>
            <translation>例如 汉族</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>保存(&amp;S)</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>修改党员信息</source>
            <translation>修改党员信息</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>党小组</source>
            <translation>党小组</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>入党日期 *</source>
            <translation>入党日期 *</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>出生日期</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>基本信息</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>姓名 *</source>
            <translation>姓名 *</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>学历</source>
            <translation>学历</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>工作单位及职务</source>
            <translation>工作单位及职务</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>延长预备期</source>
            <translation>延长预备期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>性别</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>手机号码</source>
            <translation>手机号码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>新增党员</source>
            <translation>新增党员</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>未延长</source>
            <translation>未延长</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>民族</source>
            <translation>民族</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>特殊情况</source>
            <translation>特殊情况</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>留党察看 自</source>
            <translation>留党察看 自</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>留党察看 至</source>
            <translation>留党察看 至</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>离开支部</source>
            <translation>离开支部</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>离开日期</source>
            <translation>离开日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>离开说明</source>
            <translation>离开说明</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>职务</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>身份证号</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>转正日期</source>
            <translation>转正日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>（在本支部）</source>
            <translation>（在本支部）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/member_dialog.py" />
            <source>（计入应到）</source>
            <translation>（计入应到）</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>Excel 表格 (*.xlsx);;CSV 文件 (*.csv)</source>
            <translation>Excel 表格 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>修改(&amp;E)</source>
            <translation>修改(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>修改党员</source>
            <translation>修改党员</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>党员名册</source>
            <translation>党员名册</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>党小组</source>
            <translation>党小组</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>导入名册(&amp;I)…</source>
            <translation>导入名册(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>导出党员名册</source>
            <translation>导出党员名册</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>导出名册(&amp;X)…</source>
            <translation>导出名册(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>导出没有完成</source>
            <translation>导出没有完成</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>已导出</source>
            <translation>已导出</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>已导出 %1 人到：</source>
            <translation>已导出 %1 人到：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>搜索姓名、身份证号、电话、职务</source>
            <translation>搜索姓名、身份证号、电话、职务</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>新增党员(&amp;N)</source>
            <translation>新增党员(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>无法导入</source>
            <translation>无法导入</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>显示 %1 人 / 共 %2 人</source>
            <translation>显示 %1 人 / 共 %2 人</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>表格文件 (*.xlsx *.csv)</source>
            <translation>表格文件 (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>请先在表格里选中一名党员。</source>
            <translation>请先在表格里选中一名党员。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/members_page.py" />
            <source>选择党员名册文件</source>
            <translation>选择党员名册文件</translation>
        </message>
    </context>
    <context>
        <name>NamesPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>乡镇代码(&amp;D)</source>
            <translation>乡镇代码(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>乡镇代码只能用 2～32 位数字、字母或“-”，例如 330102。</source>
            <translation>乡镇代码只能用 2～32 位数字、字母或“-”，例如 330102。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>乡镇党委名称(&amp;M) *</source>
            <translation>乡镇党委名称(&amp;M) *</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>例如 330102</source>
            <translation>例如 330102</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>例如 中共某某村支部委员会</source>
            <translation>例如 中共某某村支部委员会</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>例如 中共某某镇委员会</source>
            <translation>例如 中共某某镇委员会</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>名称和代码</source>
            <translation>名称和代码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>填写了所属乡镇党委，也请填写乡镇代码。</source>
            <translation>填写了所属乡镇党委，也请填写乡镇代码。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>所属乡镇党委(&amp;W)</source>
            <translation>所属乡镇党委(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>支部名称(&amp;M) *</source>
            <translation>支部名称(&amp;M) *</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>照党组织的全称填写，会印在会议记录和签到表上。代码可以向乡镇组织办询问。</source>
            <translation>照党组织的全称填写，会印在会议记录和签到表上。代码可以向乡镇组织办询问。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>组织代码(&amp;C) *</source>
            <translation>组织代码(&amp;C) *</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>组织代码，例如 330102001</source>
            <translation>组织代码，例如 330102001</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/new_meeting.py" />
            <source>会议类型</source>
            <translation>会议类型</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/new_meeting.py" />
            <source>例如 学习党的二十届四中全会精神</source>
            <translation>例如 学习党的二十届四中全会精神</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/new_meeting.py" />
            <source>党小组</source>
            <translation>党小组</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/new_meeting.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/new_meeting.py" />
            <source>开始记录(&amp;S)</source>
            <translation>开始记录(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/new_meeting.py" />
            <source>新建会议记录</source>
            <translation>新建会议记录</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/new_meeting.py" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/new_meeting.py" />
            <source>议题/主题</source>
            <translation>议题/主题</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/new_meeting.py" />
            <source>请填写会议日期。</source>
            <translation>请填写会议日期。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/new_meeting.py" />
            <source>还没有党小组：请先在“党员”页面为党员填写党小组。</source>
            <translation>还没有党小组：请先在“党员”页面为党员填写党小组。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/new_meeting.py" />
            <source>这是为%1补开的会议</source>
            <translation>这是为%1补开的会议</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>下发通知</source>
            <translation>下发通知</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>全部支部</source>
            <translation>全部支部</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>发给(&amp;B)</source>
            <translation>发给(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>标题(&amp;T)</source>
            <translation>标题(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>修改密码</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>再输入一次</source>
            <translation>再输入一次</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>取消后，打开程序不再需要密码，也不会自动锁定。</source>
            <translation>取消后，打开程序不再需要密码，也不会自动锁定。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>取消密码</source>
            <translation>取消密码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>当前密码</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>新密码</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>确定</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>至少 %1 个字符</source>
            <translation>至少 %1 个字符</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>设置后，打开程序和自动锁定后都要输入这个密码。请记住它：密码只以加密形式保存，无法找回。</source>
            <translation>设置后，打开程序和自动锁定后都要输入这个密码。请记住它：密码只以加密形式保存，无法找回。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>设置密码</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/password_dialog.py" />
            <source>请输入当前密码和新密码。</source>
            <translation>请输入当前密码和新密码。</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>三会一课助手</source>
            <translation>三会一课助手</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>密码不对，还可以再试 %1 次。</source>
            <translation>密码不对，还可以再试 %1 次。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>密码连续输错 %1 次，请点“退出”关闭程序。</source>
            <translation>密码连续输错 %1 次，请点“退出”关闭程序。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>请输入密码</source>
            <translation>请输入密码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>进入(&amp;E)</source>
            <translation>进入(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/lock.py" />
            <source>退出</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>PhotosTab</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/photos_tab.py" />
            <source>从这条会议记录中删除选中的照片吗？</source>
            <translation>从这条会议记录中删除选中的照片吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/photos_tab.py" />
            <source>例如：党员重温入党誓词</source>
            <translation>例如：党员重温入党誓词</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/photos_tab.py" />
            <source>删除照片</source>
            <translation>删除照片</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/photos_tab.py" />
            <source>删除照片(&amp;E)</source>
            <translation>删除照片(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/photos_tab.py" />
            <source>添加照片(&amp;A)…</source>
            <translation>添加照片(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/photos_tab.py" />
            <source>照片会自动缩小后保存在数据文件里（原文件不变）。签到表签字后也可以拍照加在这里。</source>
            <translation>照片会自动缩小后保存在数据文件里（原文件不变）。签到表签字后也可以拍照加在这里。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/photos_tab.py" />
            <source>照片说明(&amp;M)</source>
            <translation>照片说明(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/photos_tab.py" />
            <source>还没有照片。点“添加照片”，选择会议现场或签到表的照片（可以一次选多张）。</source>
            <translation>还没有照片。点“添加照片”，选择会议现场或签到表的照片（可以一次选多张）。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/photos_tab.py" />
            <source>选择会议照片</source>
            <translation>选择会议照片</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/photos_tab.py" />
            <source>（无说明）</source>
            <translation>（无说明）</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source> 年</source>
            <translation> 年</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>下发年度计划</source>
            <translation>下发年度计划</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>例如：每季度第一个月召开支部党员大会；每月5日开展主题党日……</source>
            <translation>例如：每季度第一个月召开支部党员大会；每月5日开展主题党日……</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>内容(&amp;C)</source>
            <translation>内容(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>年份(&amp;Y)</source>
            <translation>年份(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>标题(&amp;T)</source>
            <translation>标题(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>留空：某某年度“三会一课”工作安排</source>
            <translation>留空：某某年度“三会一课”工作安排</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>请填写年度计划的内容。</source>
            <translation>请填写年度计划的内容。</translation>
        </message>
    </context>
    <context>
        <name>PlanGridModel</name>
        <message>
            <location filename="../../desktop/sanhui/ui/models/plan_model.py" />
            <source>%1月</source>
            <translation>%1月</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/models/plan_model.py" />
            <source>已安排</source>
            <translation>已安排</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/models/plan_model.py" />
            <source>已开</source>
            <translation>已开</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/models/plan_model.py" />
            <source>待开</source>
            <translation>待开</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/models/plan_model.py" />
            <source>未开</source>
            <translation>未开</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/models/plan_model.py" />
            <source>补开</source>
            <translation>补开</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>主题党日：%1，下一次是 %2。</source>
            <translation>主题党日：%1，下一次是 %2。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>今年的会议计划</source>
            <translation>今年的会议计划</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>会议</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>全年应开（次）</source>
            <translation>全年应开（次）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>按照刚才的设置，今年应当开这些会。点“完成”开始使用。</source>
            <translation>按照刚才的设置，今年应当开这些会。点“完成”开始使用。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>要求</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>（%1 个党小组）</source>
            <translation>（%1 个党小组）</translation>
        </message>
    </context>
    <context>
        <name>PrintBox</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>TrueType 字体 (*.ttf *.ttc)</source>
            <translation>TrueType 字体 (*.ttf *.ttc)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>字体</source>
            <translation>字体</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>打印</source>
            <translation>打印</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>留空：自动选择宋体等中文字体</source>
            <translation>留空：自动选择宋体等中文字体</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>记录本保管人</source>
            <translation>记录本保管人</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>选择中文字体文件</source>
            <translation>选择中文字体文件</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>选择字体文件(&amp;O)…</source>
            <translation>选择字体文件(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>页边距</source>
            <translation>页边距</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/problems_dialog.py" />
            <source>去补充(&amp;G)</source>
            <translation>去补充(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/problems_dialog.py" />
            <source>补充完整后再点“定稿”。关闭后会跳到第一处要补充的地方。</source>
            <translation>补充完整后再点“定稿”。关闭后会跳到第一处要补充的地方。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/problems_dialog.py" />
            <source>还不能定稿</source>
            <translation>还不能定稿</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/problems_dialog.py" />
            <source>这条记录还有 {0} 处需要补充</source>
            <translation>这条记录还有 {0} 处需要补充</translation>
        </message>
    </context>
    <context>
        <name>RemindersBox</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source> 天</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source> 学时</source>
            <translation> 学时</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>书记、支委年度学习</source>
            <translation>书记、支委年度学习</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>党员年度学习</source>
            <translation>党员年度学习</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>提前多少天提醒</source>
            <translation>提前多少天提醒</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>提醒与换届</source>
            <translation>提醒与换届</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>本届支委会产生日期</source>
            <translation>本届支委会产生日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>村（社区）党组织，任期五年（不勾选为三年）(&amp;V)</source>
            <translation>村（社区）党组织，任期五年（不勾选为三年）(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>RemindersPanel</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/reminders_panel.py" />
            <source>事项</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/reminders_panel.py" />
            <source>去记录(&amp;G)</source>
            <translation>去记录(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/reminders_panel.py" />
            <source>打印本月政治生日贺卡(&amp;C)</source>
            <translation>打印本月政治生日贺卡(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/reminders_panel.py" />
            <source>打印这个月的贺卡</source>
            <translation>打印这个月的贺卡</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/reminders_panel.py" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/reminders_panel.py" />
            <source>标记已办(&amp;D)…</source>
            <translation>标记已办(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/reminders_panel.py" />
            <source>近期没有需要办理的事项。</source>
            <translation>近期没有需要办理的事项。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/reminders_panel.py" />
            <source>，逾期 %1</source>
            <translation>，逾期 %1</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>会议类型</source>
            <translation>会议类型</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>会议记录(&amp;R)</source>
            <translation>会议记录(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>写明哪里需要更正，例如：缺少表决结果，请补充。</source>
            <translation>写明哪里需要更正，例如：缺少表决结果，请补充。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>支部(&amp;B)</source>
            <translation>支部(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>议题</source>
            <translation>议题</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>退回会议记录</source>
            <translation>退回会议记录</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>退回意见(&amp;C)</source>
            <translation>退回意见(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>RolePage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>乡镇（街道）党委(&amp;T)</source>
            <translation>乡镇（街道）党委(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>村（社区）党支部(&amp;V)</source>
            <translation>村（社区）党支部(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>村（社区）党支部记录自己的会议；乡镇（街道）党委汇总各支部的记录。</source>
            <translation>村（社区）党支部记录自己的会议；乡镇（街道）党委汇总各支部的记录。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>这台电脑给谁用？</source>
            <translation>这台电脑给谁用？</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>党员名册 (*.xlsx *.csv)</source>
            <translation>党员名册 (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>名册里现在有 %1 名党员，%2 个党小组。可以再导入一个文件，或点“下一步”。</source>
            <translation>名册里现在有 %1 名党员，%2 个党小组。可以再导入一个文件，或点“下一步”。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>如果手头有 Excel（.xlsx）或 .csv 格式的党员名册，现在就可以导入。也可以跳过，以后在“党员”页面导入或逐个添加。</source>
            <translation>如果手头有 Excel（.xlsx）或 .csv 格式的党员名册，现在就可以导入。也可以跳过，以后在“党员”页面导入或逐个添加。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>导入党员名册</source>
            <translation>导入党员名册</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>表格第一行是列名：必须有“姓名”和“入党日期”；性别、民族、出生日期、身份证号、学历、手机号码、转正日期、人员类别、党小组、职务等列有就读进来。导入前会逐行显示将要做什么。</source>
            <translation>表格第一行是列名：必须有“姓名”和“入党日期”；性别、民族、出生日期、身份证号、学历、手机号码、转正日期、人员类别、党小组、职务等列有就读进来。导入前会逐行显示将要做什么。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>还没有导入党员。</source>
            <translation>还没有导入党员。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>选择党员名册</source>
            <translation>选择党员名册</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>选择名册文件(&amp;O)…</source>
            <translation>选择名册文件(&amp;O)…</translation>
        </message>
    </context>
    <context>
        <name>RulesBox</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source> 日</source>
            <translation> 日</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>主题党日</source>
            <translation>主题党日</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>会议规则（各县要求不同，可按本地规定修改）</source>
            <translation>会议规则（各县要求不同，可按本地规定修改）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>删除选中的调整(&amp;D)</source>
            <translation>删除选中的调整(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>改到哪天</source>
            <translation>改到哪天</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>星期一</source>
            <translation>星期一</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>星期三</source>
            <translation>星期三</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>星期二</source>
            <translation>星期二</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>星期五</source>
            <translation>星期五</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>星期六</source>
            <translation>星期六</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>星期四</source>
            <translation>星期四</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>星期日</source>
            <translation>星期日</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>月份（如 2026-10）</source>
            <translation>月份（如 2026-10）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>每月固定日期(&amp;G)</source>
            <translation>每月固定日期(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>每月第几个星期几(&amp;W)</source>
            <translation>每月第几个星期几(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>添加调整(&amp;A)</source>
            <translation>添加调整(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_boxes.py" />
            <source>遇节假日调整某月的主题党日（前后不超过一周）：</source>
            <translation>遇节假日调整某月的主题党日（前后不超过一周）：</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source> 日</source>
            <translation> 日</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>不知道产生日期可以先空着。</source>
            <translation>不知道产生日期可以先空着。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>主题党日</source>
            <translation>主题党日</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>主题党日与换届</source>
            <translation>主题党日与换届</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>星期一</source>
            <translation>星期一</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>星期三</source>
            <translation>星期三</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>星期二</source>
            <translation>星期二</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>星期五</source>
            <translation>星期五</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>星期六</source>
            <translation>星期六</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>星期四</source>
            <translation>星期四</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>星期日</source>
            <translation>星期日</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>本届支委会产生日期(&amp;E)</source>
            <translation>本届支委会产生日期(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>本届支委会产生日期不能晚于今天。</source>
            <translation>本届支委会产生日期不能晚于今天。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>村（社区）党组织，任期五年（不勾选为三年）(&amp;Y)</source>
            <translation>村（社区）党组织，任期五年（不勾选为三年）(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>每月 %1 日</source>
            <translation>每月 %1 日</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>每月%1%2</source>
            <translation>每月%1%2</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>每月固定日期(&amp;G)</source>
            <translation>每月固定日期(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>每月的主题党日定在哪一天；本届支部委员会是哪天选出来的（用来提醒换届）。以后可以在“设置”里修改。</source>
            <translation>每月的主题党日定在哪一天；本届支部委员会是哪天选出来的（用来提醒换届）。以后可以在“设置”里修改。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard_pages.py" />
            <source>每月第几个星期几(&amp;K)</source>
            <translation>每月第几个星期几(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>SecretField</name>
        <message>
            <location filename="../../desktop/sanhui/ui/privacy.py" />
            <source>显示</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/privacy.py" />
            <source>显示或隐藏完整号码</source>
            <translation>显示或隐藏完整号码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/privacy.py" />
            <source>点“显示”后可以查看和修改</source>
            <translation>点“显示”后可以查看和修改</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/privacy.py" />
            <source>隐藏</source>
            <translation>隐藏</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>不能保存</source>
            <translation>不能保存</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>乡镇代码</source>
            <translation>乡镇代码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>代码</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>保存“会议规则”“提醒与换届”“打印”三部分的设置</source>
            <translation>保存“会议规则”“提醒与换届”“打印”三部分的设置</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>保存会议规则、提醒与换届、打印设置(&amp;S)</source>
            <translation>保存会议规则、提醒与换届、打印设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>保存支部信息(&amp;Z)</source>
            <translation>保存支部信息(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>单位信息</source>
            <translation>单位信息</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>备份与恢复</source>
            <translation>备份与恢复</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>备份到…（如U盘）(&amp;U)</source>
            <translation>备份到…（如U盘）(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>备份完成</source>
            <translation>备份完成</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>备份没有完成</source>
            <translation>备份没有完成</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>字号</source>
            <translation>字号</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>已备份到：</source>
            <translation>已备份到：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>所属乡镇党委</source>
            <translation>所属乡镇党委</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>显示</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>设置</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>设置已保存。</source>
            <translation>设置已保存。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/settings_page.py" />
            <source>选择备份位置（例如U盘）</source>
            <translation>选择备份位置（例如U盘）</translation>
        </message>
    </context>
    <context>
        <name>StatsPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>%1年度三会一课统计表.xlsx</source>
            <translation>%1年度三会一课统计表.xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>%1月</source>
            <translation>%1月</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>导出 Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>导出 Excel(&amp;E)…</source>
            <translation>导出 Excel(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>已导出：%1</source>
            <translation>已导出：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>打印年度记录本(&amp;B)…</source>
            <translation>打印年度记录本(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>打印政治生日贺卡(&amp;C)…</source>
            <translation>打印政治生日贺卡(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>打印统计表(&amp;T)…</source>
            <translation>打印统计表(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>打印：</source>
            <translation>打印：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>政治生日贺卡</source>
            <translation>政治生日贺卡</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>正在导出 Excel</source>
            <translation>正在导出 Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>统计</source>
            <translation>统计</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/stats_page.py" />
            <source>统计截至 %1。“未开”为已过期而没有召开的会议；出席率 = 实到人次 ÷ 应到人次。</source>
            <translation>统计截至 %1。“未开”为已过期而没有召开的会议；出席率 = 实到人次 ÷ 应到人次。</translation>
        </message>
    </context>
    <context>
        <name>StatusPanel</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/status_panel.py" />
            <source>应到 {0} 人，实到 {1} 人，请假 {2} 人，缺席 {3} 人；有表决权应到 {4} 人，实到 {5} 人</source>
            <translation>应到 {0} 人，实到 {1} 人，请假 {2} 人，缺席 {3} 人；有表决权应到 {4} 人，实到 {5} 人</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/status_panel.py" />
            <source>未达到法定人数：决议无效</source>
            <translation>未达到法定人数：决议无效</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/status_panel.py" />
            <source>注意：到会的有表决权党员没有超过应到的半数，这次支部党员大会作出的决议和表决无效。请核对签到；如确实人数不够，应另行召开会议再作决定。</source>
            <translation>注意：到会的有表决权党员没有超过应到的半数，这次支部党员大会作出的决议和表决无效。请核对签到；如确实人数不够，应另行召开会议再作决定。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/status_panel.py" />
            <source>符合法定人数</source>
            <translation>符合法定人数</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/status_panel.py" />
            <source>（还有 {0} 人未登记，按缺席计）</source>
            <translation>（还有 {0} 人未登记，按缺席计）</translation>
        </message>
    </context>
    <context>
        <name>TalksPage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>%1年还没有谈过话的党员（%2 人）：</source>
            <translation>%1年还没有谈过话的党员（%2 人）：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>一句话写明谈话的主要内容</source>
            <translation>一句话写明谈话的主要内容</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>主要内容</source>
            <translation>主要内容</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>删除谈话记录</source>
            <translation>删除谈话记录</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>删除选中的谈话(&amp;D)</source>
            <translation>删除选中的谈话(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>确定删除这条谈话记录吗？</source>
            <translation>确定删除这条谈话记录吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>记一次谈话</source>
            <translation>记一次谈话</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>记下这次谈话(&amp;A)</source>
            <translation>记下这次谈话(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>谈心谈话</source>
            <translation>谈心谈话</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>谈话人</source>
            <translation>谈话人</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>谈话对象</source>
            <translation>谈话对象</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/pages/talks_page.py" />
            <source>选择党员，或写上对方姓名</source>
            <translation>选择党员，或写上对方姓名</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <location filename="../../desktop/sanhui/ui/ops.py" />
            <source>出错了</source>
            <translation>出错了</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/ops.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/ops.py" />
            <source>正在取消……</source>
            <translation>正在取消……</translation>
        </message>
    </context>
    <context>
        <name>ThemeDialog</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source> 年</source>
            <translation> 年</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>%1月</source>
            <translation>%1月</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>下发主题党日主题</source>
            <translation>下发主题党日主题</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>主题(&amp;T)</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>例如：学习贯彻党的二十大精神</source>
            <translation>例如：学习贯彻党的二十大精神</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>年份</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>月份(&amp;M)</source>
            <translation>月份(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>说明（可不填）</source>
            <translation>说明（可不填）</translation>
        </message>
    </context>
    <context>
        <name>VoteDelegate</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_tab.py" />
            <source>（请选择）</source>
            <translation>（请选择）</translation>
        </message>
    </context>
    <context>
        <name>VotesModel</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_model.py" />
            <source>未通过：</source>
            <translation>未通过：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_model.py" />
            <source>票数有误：</source>
            <translation>票数有误：</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_model.py" />
            <source>票数要填写整数，例如 8。</source>
            <translation>票数要填写整数，例如 8。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_model.py" />
            <source>通过</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_model.py" />
            <source>（请填写票数）</source>
            <translation>（请填写票数）</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_model.py" />
            <source>（请选择）</source>
            <translation>（请选择）</translation>
        </message>
    </context>
    <context>
        <name>VotesTab</name>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_tab.py" />
            <source>删除表决</source>
            <translation>删除表决</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_tab.py" />
            <source>删除表决(&amp;E)</source>
            <translation>删除表决(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_tab.py" />
            <source>删除表决“{0}”吗？</source>
            <translation>删除表决“{0}”吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_tab.py" />
            <source>接收预备党员、预备党员转正要逐个表决，在“对象”中选择是哪一名党员；选举须有超过五分之四的有表决权党员到会。书面意见：未到会的有表决权党员在会前交来的意见，可以计入票数。</source>
            <translation>接收预备党员、预备党员转正要逐个表决，在“对象”中选择是哪一名党员；选举须有超过五分之四的有表决权党员到会。书面意见：未到会的有表决权党员在会前交来的意见，可以计入票数。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_tab.py" />
            <source>本次会议应到会有表决权党员 {0} 人，实到 {1} 人。同意票超过 {0} 人的半数（至少 {2} 票）才算通过。</source>
            <translation>本次会议应到会有表决权党员 {0} 人，实到 {1} 人。同意票超过 {0} 人的半数（至少 {2} 票）才算通过。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_tab.py" />
            <source>添加表决(&amp;N)</source>
            <translation>添加表决(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/editor/votes_tab.py" />
            <source>第 {0} 项表决没有保存这个票数：</source>
            <translation>第 {0} 项表决没有保存这个票数：</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>一步一步填写本支部（或乡镇）的名称、主题党日，导入党员名册。大约需要五分钟。</source>
            <translation>一步一步填写本支部（或乡镇）的名称、主题党日，导入党员名册。大约需要五分钟。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>三会一课、主题党日、组织生活的记录，全部保存在本机，不联网。</source>
            <translation>三会一课、主题党日、组织生活的记录，全部保存在本机，不联网。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>先用演示数据看看(&amp;D)</source>
            <translation>先用演示数据看看(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>字号(&amp;Z)</source>
            <translation>字号(&amp;Z)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>字太小看不清，可以先选“大”或“特大”。</source>
            <translation>字太小看不清，可以先选“大”或“特大”。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>开始使用（新建本单位的数据）(&amp;S)</source>
            <translation>开始使用（新建本单位的数据）(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>您的数据将保存在：%1</source>
            <translation>您的数据将保存在：%1</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>打开一个虚构的青山村支部，有 60 名党员和一年的会议记录，可以随意试用；不会改动您自己的数据。下次启动时仍会回到这里。</source>
            <translation>打开一个虚构的青山村支部，有 60 名党员和一年的会议记录，可以随意试用；不会改动您自己的数据。下次启动时仍会回到这里。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/wizard.py" />
            <source>欢迎使用三会一课助手</source>
            <translation>欢迎使用三会一课助手</translation>
        </message>
    </context>
    <context>
        <name>YearBox</name>
        <message>
            <location filename="../../desktop/sanhui/ui/widgets.py" />
            <source> 年</source>
            <translation> 年</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/directive_dialogs.py" />
            <source>确定(&amp;O)</source>
            <translation>确定(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../desktop/sanhui/ui/app.py" />
            <source>三会一课助手</source>
            <translation>三会一课助手</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/app.py" />
            <source>出现意外错误</source>
            <translation>出现意外错误</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/app.py" />
            <source>复制详细信息</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/app.py" />
            <source>无法打开数据文件</source>
            <translation>无法打开数据文件</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/app.py" />
            <source>知道了</source>
            <translation>知道了</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/app.py" />
            <source>程序遇到了一个意外错误，刚才的操作可能没有完成，已保存的数据不受影响。
如果问题反复出现，请点“复制详细信息”，把内容发给乡镇的技术人员。</source>
            <translation>程序遇到了一个意外错误，刚才的操作可能没有完成，已保存的数据不受影响。
如果问题反复出现，请点“复制详细信息”，把内容发给乡镇的技术人员。</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/app.py" />
            <source>这个数据文件已经在另一个窗口中打开，请切换到那个窗口。</source>
            <translation>这个数据文件已经在另一个窗口中打开，请切换到那个窗口。</translation>
        </message>
    </context>
    <context>
        <name>box</name>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/file_problem.py" />
            <source>打开数据文件</source>
            <translation>打开数据文件</translation>
        </message>
        <message>
            <location filename="../../desktop/sanhui/ui/dialogs/file_problem.py" />
            <source>新建数据文件</source>
            <translation>新建数据文件</translation>
        </message>
    </context>
</TS>
