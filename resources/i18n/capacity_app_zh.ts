<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="29"/>
        <source>user interface</source>
        <translation>用户界面</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="30"/>
        <source>language runtime</source>
        <translation>语言运行环境</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="31"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="32"/>
        <source>PDF reports</source>
        <translation>PDF报告</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="33"/>
        <source>report templates</source>
        <translation>报告模板</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="34"/>
        <source>Excel workbooks (writing)</source>
        <translation>Excel工作簿（写入）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="35"/>
        <source>report charts</source>
        <translation>报告图表</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="37"/>
        <source>questionnaire files</source>
        <translation>问卷文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="38"/>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="39"/>
        <source>data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="36"/>
        <source>dates and numbers in the application&apos;s languages (%1)</source>
        <translation>本应用各语言的日期和数字（%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="41"/>
        <source>country and region names and codes in the six official UN languages, currencies, LDC, LLDC and SIDS lists (resources/data/m49.SOURCE.md)</source>
        <translation>联合国六种正式语文的国家和地区名称及代码、货币、最不发达国家、内陆发展中国家和小岛屿发展中国家名单（resources/data/m49.SOURCE.md）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="43"/>
        <source>the report&apos;s font</source>
        <translation>报告字体</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="45"/>
        <source>Arabic, Chinese, Japanese and Korean in the reports and the window</source>
        <translation>报告和窗口中的阿拉伯文、中文、日文和韩文</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="75"/>
        <source>%1: translation reviewed by %2, %3</source>
        <translation>%1：译文已由%2审校，%3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="78"/>
        <source>%1: a first translation, to be reviewed by a United Nations translator</source>
        <translation>%1：初译稿，尚待联合国笔译员审校</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="108"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="110"/>
        <source>Migration data capacity assessment</source>
        <translation>移徙数据能力评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="111"/>
        <source>Version %s</source>
        <translation>版本%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="112"/>
        <source>Questionnaire version %s</source>
        <translation>问卷版本%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="113"/>
        <source>Data folder: %s</source>
        <translation>数据文件夹：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="114"/>
        <source>Database: %s</source>
        <translation>数据库：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="115"/>
        <source>Built on the UNSD toolkit to assess national migration data capacity (2018). Works offline: it never uses the network.</source>
        <translation>根据联合国统计司评估国家移徙数据能力的工具包（2018年）开发。离线运行：从不使用网络。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="128"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="130"/>
        <source>What the application ships, and under which licence</source>
        <translation>本应用程序包含的组件及其许可证</translation>
    </message>
</context>
<context>
    <name>AchievedDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="380"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="383"/>
        <source>What the earlier plan achieved</source>
        <translation>上一计划取得的成果</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="384"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="384"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="384"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="385"/>
        <source>The earlier plan&apos;s actions and the gaps they targeted</source>
        <translation>上一计划的行动及其针对的差距</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="391"/>
        <source>The plan of round %1: each action&apos;s outcome, and under it the gaps it targeted, their gap then and now (0 none, 3 the largest).</source>
        <translation>%1年轮次的计划：每项行动的结果，其下列出该行动针对的差距及其当时和现在的大小（0表示无差距，3表示最大差距）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="395"/>
        <source>no progress report</source>
        <translation>无进展报告</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="406"/>
        <source>not scored</source>
        <translation>未计分</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="65"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="66"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="67"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="68"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="59"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="60"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="61"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="96"/>
        <source>action %s</source>
        <translation>行动%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="110"/>
        <source>removing action %s</source>
        <translation>删除行动%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="110"/>
        <source>new action %s</source>
        <translation>新行动%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="595"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="613"/>
        <source>&amp;Budget…</source>
        <translation>预算(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="635"/>
        <source>&amp;New action</source>
        <translation>新行动(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="636"/>
        <source>Add an action by hand (Insert in the table)</source>
        <translation>手动添加行动（在表格中按Insert）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="637"/>
        <source>Draft from &amp;recommendations</source>
        <translation>根据建议起草(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="639"/>
        <source>Add an action for each recommendation of the scoring that the plan does not have yet</source>
        <translation>为计划中尚未包含的每项评分建议添加一项行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="640"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="641"/>
        <source>Ctrl+Shift+Up in the table</source>
        <translation>在表格中按Ctrl+Shift+↑</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="643"/>
        <source>Ctrl+Shift+Down in the table</source>
        <translation>在表格中按Ctrl+Shift+↓</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="671"/>
        <source>Responsible institutions:</source>
        <translation>负责机构：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="672"/>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="672"/>
        <source>Resources or technical assistance:</source>
        <translation>资源或技术援助：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="673"/>
        <source>Milestone or indicator of success:</source>
        <translation>里程碑或成功指标：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="673"/>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="674"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="674"/>
        <source>Policy questions:</source>
        <translation>政策问题：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="675"/>
        <source>National strategy ob&amp;jective (NSDS):</source>
        <translation>国家统计发展战略目标(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="676"/>
        <source>Cost lines:</source>
        <translation>费用明细：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="691"/>
        <source>A quarter (%1) or a date (%2)</source>
        <translation>季度（%1）或日期（%2）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="625"/>
        <location filename="../../capacity_app/gui/plan/view.py" line="644"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="597"/>
        <source>What the country will do about the gaps: who owns each action, by when, at what cost and funded by whom. Draft the actions from the recommendations, tick the few priority actions, cost them, then record the government&apos;s validation. Every change is saved at once; Ctrl+Z undoes it.</source>
        <translation>国家将如何弥补差距：每项行动由谁负责、何时完成、费用多少、由谁出资。先根据建议起草行动，勾选少数优先行动，估算其费用，然后记录政府的审定。每项修改都会立即保存；按Ctrl+Z可撤销。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="604"/>
        <source>Currenc&amp;y…</source>
        <translation>货币(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="605"/>
        <source>Re&amp;sults chain…</source>
        <translation>成果链(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="608"/>
        <source>Fund&amp;ing request…</source>
        <translation>供资申请(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="610"/>
        <source>Funding request f&amp;or a partner…</source>
        <translation>向伙伴提出的供资申请(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="612"/>
        <source>The plan&apos;s currency and its exchange rates to the US dollar</source>
        <translation>计划所用货币及其对美元的汇率</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="614"/>
        <source>The cost by year, institution and funding source, and the financing gap</source>
        <translation>按年份、机构和资金来源分列的费用，以及资金缺口</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="617"/>
        <source>What the previous round&apos;s plan achieved, beside the gaps it targeted and their scores now</source>
        <translation>上一轮次计划取得的成果，以及其针对的差距和这些差距目前的得分</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="619"/>
        <source>The plan followed after its funding: each action&apos;s status, reason and money per reporting period (never amends the validated plan)</source>
        <translation>计划获得资金后的跟踪：按报告期列出每项行动的状态、原因和资金（绝不改动已审定的计划）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="621"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="622"/>
        <source>A cost line: year, amount, funding source (Insert in the list)</source>
        <translation>一条费用明细：年份、金额、资金来源（在列表中按Insert）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="623"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="624"/>
        <source>Edit the selected cost line (Enter in the list)</source>
        <translation>编辑所选费用明细（在列表中按Enter）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="626"/>
        <source>Remove the selected cost line (Delete in the list)</source>
        <translation>删除所选费用明细（在列表中按Delete）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="627"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="627"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="627"/>
        <source>Funding</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="628"/>
        <source>Secured</source>
        <translation>已落实</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="629"/>
        <source>Cost lines of the action</source>
        <translation>该行动的费用明细</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="630"/>
        <source>Priority action (plan at a glance)</source>
        <translation>优先行动（计划概览）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="632"/>
        <source>One of the few actions the government chose: at most %d, shown on the report&apos;s one-page plan at a glance</source>
        <translation>政府选定的少数行动之一：至多%d项，列入报告中一页篇幅的计划概览</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="634"/>
        <source>e.g. NSDS 2025-2029, objective 3.2</source>
        <translation>例如：国家统计发展战略2025-2029年，目标3.2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="642"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="645"/>
        <source>Remove the selected action (Delete in the table)</source>
        <translation>删除所选行动（在表格中按Delete）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="647"/>
        <source>Attach do&amp;cument…</source>
        <translation>附加文档(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="649"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="649"/>
        <source>Responsible</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="649"/>
        <source>Timeline</source>
        <translation>时间表</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="649"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="649"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="655"/>
        <source>Actions of the plan</source>
        <translation>计划中的行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="671"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="768"/>
        <source>Results framework: indicator:</source>
        <translation>成果框架：指标：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="768"/>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="769"/>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="769"/>
        <source>Means of verification:</source>
        <translation>核实手段：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="770"/>
        <source>Risks and assumptions:</source>
        <translation>风险和假设：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="770"/>
        <source>SDG target:</source>
        <translation>可持续发展目标具体目标：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="678"/>
        <source>e.g. 17.18</source>
        <translation>例如 17.18</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="679"/>
        <source>The SDG target the action serves: goal, a point, the target&apos;s number or letter</source>
        <translation>该行动服务的可持续发展目标具体目标：目标编号、一个点、具体目标的编号或字母</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="680"/>
        <source>The indicator&apos;s value now, with its year</source>
        <translation>指标的当前值及其年份</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="681"/>
        <source>The value to reach, with its year</source>
        <translation>要达到的值及其年份</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="682"/>
        <source>end:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="683"/>
        <source>Documents:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="684"/>
        <source>One institution per line</source>
        <translation>每行一个机构</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="693"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="694"/>
        <source>Letters, e.g. A, C</source>
        <translation>字母，例如A、C</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="663"/>
        <source>No actions yet: draft them from the recommendations, or add one.</source>
        <translation>尚无行动：可根据建议起草，或手动添加一项。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="615"/>
        <source>Pro&amp;gress…</source>
        <translation>进展(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="616"/>
        <source>Earlier p&amp;lan…</source>
        <translation>上一计划(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="671"/>
        <source>Add from the assessment:</source>
        <translation>从评估中添加：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="676"/>
        <source>Depends on:</source>
        <translation>前置行动：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="713"/>
        <source>(choose an institution)</source>
        <translation>（选择一个机构）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="746"/>
        <source>(no owner)</source>
        <translation>（无负责机构）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="775"/>
        <source>what is to be done</source>
        <translation>需要做什么</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="775"/>
        <source>responsible institutions</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="776"/>
        <source>timeline</source>
        <translation>时间表</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="776"/>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="776"/>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="778"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="778"/>
        <source>results framework</source>
        <translation>成果框架</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="779"/>
        <source>risks and assumptions</source>
        <translation>风险和假设</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="779"/>
        <source>SDG target</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="780"/>
        <source>dependencies on other actions</source>
        <translation>对其他行动的依赖</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="780"/>
        <source>cost categories</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="781"/>
        <source>cost bases</source>
        <translation>费用计算依据</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="781"/>
        <source>sustainability</source>
        <translation>可持续性</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="783"/>
        <source>Added after the validation</source>
        <translation>审定后新增</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="785"/>
        <source>Changed after the validation: %s</source>
        <translation>审定后%s有改动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="796"/>
        <source>Proposed plan: not validated yet. When the government has approved it, record the validation.</source>
        <translation>拟议计划：尚未审定。政府审定后，请记录审定情况。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="799"/>
        <source>Validated on %1 (%2), approved by %3, %4.</source>
        <translation>已于%1在%2上审定，由%3（%4）批准。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="803"/>
        <source>Changed since (✎): %s.</source>
        <translation>审定后有改动的行动（✎）：%s项。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="805"/>
        <source>Priority actions: %1 of at most %2.</source>
        <translation>优先行动：%1项，至多%2项。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="821"/>
        <source>V&amp;alidation…</source>
        <translation>审定(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="821"/>
        <source>Record the v&amp;alidation…</source>
        <translation>记录审定(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="822"/>
        <source>Date, event, institutions present, approved by (name and position)</source>
        <translation>日期、活动、出席机构、批准人（姓名和职务）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="823"/>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="825"/>
        <source>Plan currency: %s.</source>
        <translation>计划货币：%s。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="882"/>
        <source>Drafted from the recommendation %s.</source>
        <translation>根据建议%s起草。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="884"/>
        <source>Added by hand.</source>
        <translation>手动添加。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="926"/>
        <source>Not a quarter or a date: “%1”. Type, for example, %2 or %3.</source>
        <translation>不是季度或日期：“%1”。请输入例如%2或%3。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="950"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="950"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="1150"/>
        <source>New action</source>
        <translation>新行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="1163"/>
        <source>Every recommendation of the scoring is already in the plan.</source>
        <translation>评分提出的每项建议均已列入计划。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/plan/view.py" line="1166"/>
        <source>drafting %n action(s)</source>
        <translation>
            <numerusform>正在起草%n项行动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="1196"/>
        <source>moving action %s</source>
        <translation>移动行动%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="606"/>
        <source>The overall objective, the outcomes, their indicators with yearly targets, and the outcome each action serves</source>
        <translation>总体目标、各项成果及其指标和年度目标值，以及每项行动所服务的成果</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="609"/>
        <source>Who commits the national budget&apos;s part and who signs the request</source>
        <translation>由谁承诺国家预算承担的部分，由谁签署申请</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="611"/>
        <source>The funding request for one development partner, as PDF or Word</source>
        <translation>向一个发展伙伴提出的供资申请，PDF或Word格式</translation>
    </message>
</context>
<context>
    <name>AggregationDialog</name>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="73"/>
        <source>Aggregate country workbooks</source>
        <translation>汇总各国工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="84"/>
        <source>Drop exported workbooks or folders here, or add them:</source>
        <translation>将导出的工作簿或文件夹拖放到此处，或添加：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="86"/>
        <source>Workbooks and folders to aggregate</source>
        <translation>待汇总的工作簿和文件夹</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="90"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="91"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="92"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="93"/>
        <source>&amp;Check files</source>
        <translation>检查文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="94"/>
        <source>Read the files without writing anything: which would be rejected, superseded or in conflict, and why</source>
        <translation>读取文件而不写入任何内容：哪些文件将被拒绝、被取代或存在冲突，以及原因</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="109"/>
        <source>Files not used, with the reason</source>
        <translation>未使用的文件及原因</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="110"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="110"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="130"/>
        <source>the latest round of each country</source>
        <translation>每个国家的最近一轮</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="132"/>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="133"/>
        <source>&amp;Final assessments only (drafts and assessments in progress left out)</source>
        <translation>仅限定稿评估（不含草稿和进行中的评估）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="140"/>
        <source>the latest year reported (a year, 2026, or a half-year, 2026-H1)</source>
        <translation>报告的最近年份（年份如2026，或半年如2026-H1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="141"/>
        <source>Implementation p&amp;eriod:</source>
        <translation>执行期间(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="143"/>
        <source>UN M49 list (53 countries and areas)</source>
        <translation>联合国M49名单（53个国家和地区）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="144"/>
        <source>UN-OHRLLS list</source>
        <translation>高级代表办事处（UN-OHRLLS）名单</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="145"/>
        <source>SIDS &amp;list:</source>
        <translation>小岛屿发展中国家名单(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="150"/>
        <source>&amp;Labels in:</source>
        <translation>标签语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="151"/>
        <source>Also write the &amp;PDF summary (next to the workbook)</source>
        <translation>同时写出PDF摘要（与工作簿放在一起）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="152"/>
        <source>Also write the analyst&apos;s files: CSV with a data dictionary, &amp;Stata and SPSS (a folder next to the workbook)</source>
        <translation>同时写出分析人员所用文件：附数据字典的CSV、Stata和SPSS文件（与工作簿放在同一文件夹中）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="166"/>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="307"/>
        <source>Output workbook</source>
        <translation>输出工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="167"/>
        <source>aggregate.xlsx</source>
        <translation>aggregate.xlsx</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="168"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="169"/>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="175"/>
        <source>Aggregate</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="239"/>
        <source>Checking the workbooks</source>
        <translation>正在检查工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="247"/>
        <source>The files could not be checked: %1</source>
        <translation>无法检查文件：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="267"/>
        <source>Tick the assessment to use for this country and round</source>
        <translation>勾选该国家和轮次要使用的评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="279"/>
        <source>%1 workbooks used, %2 superseded, %3 rejected, %4 in conflict; %5 countries in the roll-ups.</source>
        <translation>使用了%1个工作簿，%2个被取代，%3个被拒绝，%4个存在冲突；汇总涵盖%5个国家。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="283"/>
        <source>Tick one file of each conflict to use it, then check again or aggregate.</source>
        <translation>在每组冲突中勾选一个要使用的文件，然后重新检查或汇总。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="298"/>
        <source>Workbooks</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="298"/>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="308"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="302"/>
        <source>Folder of workbooks</source>
        <translation>工作簿文件夹</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="229"/>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="314"/>
        <source>Add at least one workbook or folder.</source>
        <translation>请至少添加一个工作簿或文件夹。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="136"/>
        <source>&amp;Include provisional scores (no band: completeness below 80 % or no valid reference date); the roll-ups say how many</source>
        <translation>包括暂定分数(&amp;I)（无等级：完整性低于80%或无有效参考日期）；汇总注明其数量</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="318"/>
        <source>Choose where to write the aggregate workbook.</source>
        <translation>请选择汇总工作簿的保存位置。</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="99"/>
        <source>answer %s</source>
        <translation>答复%s</translation>
    </message>
</context>
<context>
    <name>ArchivedDialog</name>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="28"/>
        <source>Archived answers</source>
        <translation>已归档的答复</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="30"/>
        <source>Answers to questions this questionnaire version no longer asks: kept in the assessment as they were given, exported on the workbook&apos;s Archived answers sheet and printed in the report&apos;s annex. They are not scored.</source>
        <translation>本版问卷已不再提出的问题的答复：按原样保存在评估中，导出到工作簿的 Archived answers 工作表，并打印在报告附件中。这些答复不计分。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="42"/>
        <source>Question id</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="42"/>
        <source>Asked in version</source>
        <translation>提问的版本</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="42"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="43"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="43"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="43"/>
        <source>Archived on</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="44"/>
        <source>Archived answers, in the order archived</source>
        <translation>已归档的答复，按归档顺序排列</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="46"/>
        <source>No answer is archived: every answer has its question in this questionnaire version.</source>
        <translation>没有已归档的答复：每个答复的问题都在本版问卷中。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="67"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="52"/>
        <source>Details of %1 %2</source>
        <translation>%1 %2 的详情</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="63"/>
        <source>empty: made from the country and round</source>
        <translation>留空：由国家和轮次生成</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="64"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="72"/>
        <source>Round (year)</source>
        <translation>轮次（年份）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="77"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="78"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="80"/>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="81"/>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="82"/>
        <source>The mission&apos;s dates and the institutions met are the answers of section S0 (Mission and respondents): correct them there.</source>
        <translation>访问日期和所访机构是S0领域（评估团访问和答复人）的答复：请在那里更正。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="95"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="111"/>
        <source>%1 of %2 characters</source>
        <translation>%1/%2 个字符</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="147"/>
        <source>Details saved.</source>
        <translation>详情已保存。</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="91"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="91"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="91"/>
        <source>Completion</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="92"/>
        <source>Overall</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="92"/>
        <source>Last edit</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="58"/>
        <source>Not saved: %s. What you entered is kept here; try again when this is fixed.</source>
        <translation>未保存：%s。您输入的内容仍保留在此处；问题解决后请重试。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="378"/>
        <source>the database is damaged (it is open read-only): nothing can be changed until the last good backup is restored</source>
        <translation>数据库已损坏（以只读方式打开）：在恢复最近一个完好的备份之前无法更改任何内容</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="381"/>
        <source>the database cannot be written (it is open read-only): nothing can be changed</source>
        <translation>无法写入数据库（以只读方式打开）：不能作任何更改</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="386"/>
        <source>this assessment was validated for the national statistics office by %1 (%2, %3) on %4: reopen it, with a reason, to change it</source>
        <translation>本评估已由%1（%2，%3）于%4代表国家统计局核准：如需修改，请说明理由后重新打开</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="391"/>
        <source>this assessment is final: set its status back to “In progress” to change it</source>
        <translation>此评估已定稿：如需更改，请将其状态改回“进行中”</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="20"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="21"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="22"/>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="29"/>
        <source>Draft: the mission has started; the report is marked DRAFT.</source>
        <translation>草稿：评估团访问已开始；报告标有“草稿”字样。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="31"/>
        <source>In progress: answers are being collected and checked; the report is marked DRAFT.</source>
        <translation>进行中：正在收集和核对答复；报告标有“草稿”字样。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="33"/>
        <source>Final: the answers, comments, evidence and action plan are read-only until the status is set back to In progress; the report no longer carries the DRAFT mark.</source>
        <translation>定稿：答复、评论、证据和行动计划均为只读，直至状态改回“进行中”；报告不再标有“草稿”字样。</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="406"/>
        <source>Questions listed</source>
        <translation>列出的问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="407"/>
        <source>All questions</source>
        <translation>所有问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="407"/>
        <source>Unanswered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="408"/>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="408"/>
        <source>Follow-up or disputed</source>
        <translation>需跟进或有争议</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="417"/>
        <source>Questionnaire navigator</source>
        <translation>问卷导航栏</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="451"/>
        <source>&amp;Questions</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="452"/>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="453"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="457"/>
        <source>Action &amp;plan</source>
        <translation>行动计划(&amp;P)</translation>
    </message>
</context>
<context>
    <name>CarriedAssessments</name>
    <message>
        <location filename="../../capacity_app/gui/window/carried.py" line="22"/>
        <source>Assessment %1 (%2 %3) stays on questionnaire %4: it could not be carried to %5 here (%6).</source>
        <translation>评估 %1（%2 %3）仍使用问卷 %4：无法在此转入问卷 %5（%6）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/carried.py" line="30"/>
        <source>Assessment %1 (%2 %3) moved from questionnaire %4 to %5. Answers to questions %5 no longer asks, archived (kept in the assessment, listed by Edit ▸ Archived answers, exported on its workbook&apos;s Archived answers sheet): %6 (%7).</source>
        <translation>评估 %1（%2 %3）已从问卷 %4 转入问卷 %5。%5 不再提出的问题的答复已归档（保留在评估中，可通过“编辑 ▸ 已归档的答复”查看，并导出到其工作簿的 Archived answers 工作表）：%6（%7）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/carried.py" line="55"/>
        <source>Assessments moved to questionnaire %1: %2.</source>
        <translation>已转入问卷 %1 的评估：%2。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/carried.py" line="60"/>
        <source>Assessments of an earlier questionnaire</source>
        <translation>早期问卷的评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/carried.py" line="80"/>
        <source>Archived answers to questions an earlier questionnaire asked are on the workbook&apos;s Archived answers sheet, not among its answers: %1 (%2).</source>
        <translation>对早期问卷所提问题的已归档答复位于工作簿的 Archived answers 工作表，而不在其答复之中：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="77"/>
        <source>Variables this question needs: %s</source>
        <translation>本问题所需变量：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="167"/>
        <source>● main source</source>
        <translation>● 主要来源</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="167"/>
        <source>○ supporting source</source>
        <translation>○ 辅助来源</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="168"/>
        <source>not an expected source (may still be used)</source>
        <translation>非预期来源（仍可使用）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="172"/>
        <source>Derived level: %s of 3</source>
        <translation>推算级别：%s（满分3）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="174"/>
        <source>Derived level: shown when scoring is available</source>
        <translation>推算级别：可评分时显示</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="176"/>
        <source>Derived level: not yet (answer &apos;exists&apos; first)</source>
        <translation>推算级别：尚无（请先答复“是否存在”）</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="57"/>
        <source>Comment (who said what, caveats, follow-up)</source>
        <translation>评论（谁说了什么、注意事项、后续跟进）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="58"/>
        <source>Comment on %s</source>
        <translation>对%s的评论</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="62"/>
        <source>Evidence for %s</source>
        <translation>%s的证据</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="66"/>
        <source>Evidence kind</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="67"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="67"/>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="68"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="68"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="72"/>
        <source>Document title, web address or institution</source>
        <translation>文档标题、网址或机构</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="73"/>
        <source>Evidence text</source>
        <translation>证据内容</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="74"/>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="75"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="76"/>
        <source>Remove selected evidence</source>
        <translation>移除所选证据</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="192"/>
        <source>“%1” is not added yet: Enter in its field or Add evidence adds it.</source>
        <translation>“%1”尚未添加：在其字段中按Enter或点击“添加证据”即可添加。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="56"/>
        <source>Changes between the two rounds</source>
        <translation>两轮之间的变化</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="61"/>
        <source>No change between the two rounds.</source>
        <translation>两轮之间没有变化。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="66"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="73"/>
        <source>Compare rounds</source>
        <translation>比较轮次</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="74"/>
        <source>The rounds cannot be compared.</source>
        <translation>无法比较这两轮。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="84"/>
        <source>Compare rounds %1 and %2</source>
        <translation>比较第%1轮和第%2轮</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="85"/>
        <source>Round %1 (reference date %2) → round %3 (reference date %4)</source>
        <translation>第%1轮（参考日期%2）→ 第%3轮（参考日期%4）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="88"/>
        <source>Both rounds are scored now under the current scoring rules (version %s), so the changes come from the answers only.</source>
        <translation>两轮现均按现行评分规则（版本%s）评分，因此变化仅来自答复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="91"/>
        <source>Overall score: %1 → %2 (%3)</source>
        <translation>总分：%1 → %2（%3）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="93"/>
        <source>What changed</source>
        <translation>变化情况</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="93"/>
        <location filename="../../capacity_app/gui/plan/compare.py" line="94"/>
        <source>Round %s</source>
        <translation>第%s轮</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="101"/>
        <source>Improvements</source>
        <translation>改进</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="102"/>
        <source>Regressions</source>
        <translation>倒退</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="106"/>
        <source>Section %s</source>
        <translation>领域%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="112"/>
        <source>Policy question %s</source>
        <translation>政策问题%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="113"/>
        <location filename="../../capacity_app/gui/plan/compare.py" line="114"/>
        <source>availability %1, gap %2</source>
        <translation>可得性%1，差距%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="119"/>
        <source>Matrix %1 × %2</source>
        <translation>矩阵%1 × %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="120"/>
        <source>level %s</source>
        <translation>级别%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="161"/>
        <source>Done since round %s: %s</source>
        <translation>自第%s轮以来已完成：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="161"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="162"/>
        <source>Dropped since round %s: %s</source>
        <translation>自第%s轮以来已放弃：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="162"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="163"/>
        <source>Late (end passed) since round %s: %s</source>
        <translation>自第%s轮以来逾期（已过结束日期）：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="166"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="172"/>
        <source>Cost executed against cost planned, on the lines with spending entered</source>
        <translation>已录入支出的费用明细中，实际执行费用与计划费用之比</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="66"/>
        <source>Type a country name or ISO code</source>
        <translation>输入国家名称或ISO代码</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="67"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>CrossCountryView</name>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="49"/>
        <source>Cross-country view</source>
        <translation>跨国视图</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="54"/>
        <source>&amp;Open folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="56"/>
        <source>No folder open.</source>
        <translation>未打开文件夹。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="59"/>
        <source>Show countries of</source>
        <translation>按区域或组别显示国家</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="63"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="77"/>
        <source>Countries and the availability of data by policy question</source>
        <translation>各国及按政策问题分列的数据可得性</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="85"/>
        <source>Country detail</source>
        <translation>国家详情</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="86"/>
        <source>Select a country to see its detail.</source>
        <translation>选择一个国家查看详情。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="93"/>
        <source>Export &amp;workbook…</source>
        <translation>导出工作簿(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="95"/>
        <source>Export &amp;PDF…</source>
        <translation>导出PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="97"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="115"/>
        <source>Folder of country workbooks</source>
        <translation>各国工作簿所在文件夹</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="125"/>
        <source>Reading the workbooks…</source>
        <translation>正在读取工作簿…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="127"/>
        <source>Reading country workbooks</source>
        <translation>正在读取各国工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="129"/>
        <source>Reading failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="130"/>
        <source>Reading cancelled.</source>
        <translation>读取已取消。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="142"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="142"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="142"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="142"/>
        <source>Overall</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="142"/>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="143"/>
        <source>Read with care</source>
        <translation>谨慎解读</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="181"/>
        <source>edited after export</source>
        <translation>导出后经过编辑</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="185"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="213"/>
        <source>%1 countries; %2 workbooks used, %3 superseded, %4 rejected, %5 in conflict.</source>
        <translation>%1个国家；使用了%2个工作簿，%3个被取代，%4个被拒绝，%5个存在冲突。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="218"/>
        <source>%1 edited after export (scores recomputed).</source>
        <translation>%1导出后经过编辑（已重新计算得分）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="244"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="289"/>
        <source>%1 (%2), round %3</source>
        <translation>%1（%2），第%3轮</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="292"/>
        <source>Overall: %1 (%2)</source>
        <translation>总分：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="296"/>
        <source>Change since the previous round: %1</source>
        <translation>与上一轮相比的变化：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="183"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="220"/>
        <source>%1 not final (draft or in progress).</source>
        <translation>%1尚未定稿（草稿或进行中）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="222"/>
        <source>Left out of every figure (fictional or training codes): %1.</source>
        <translation>不计入任何数字（虚构代码或培训用代码）：%1。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="225"/>
        <source>Conflicting assessments are left out; choose one in File ▸ Aggregate workbooks…</source>
        <translation>存在冲突的评估不计入；请选择其一：文件 ▸ 汇总工作簿…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="299"/>
        <source>Read with care: %1</source>
        <translation>谨慎解读：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="300"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="302"/>
        <source>Policy question: need / availability / gap / priority, gap type</source>
        <translation>政策问题：需求／可得性／差距／优先度，差距类型</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="319"/>
        <source>Consolidated workbook</source>
        <translation>合并工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="320"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="322"/>
        <source>Cross-country PDF summary</source>
        <translation>跨国PDF摘要</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="323"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="331"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="340"/>
        <source>Writing the cross-country export</source>
        <translation>正在写出跨国导出文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="341"/>
        <source>Written: %1</source>
        <translation>已写出：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="342"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="343"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="348"/>
        <source>Overall score</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="351"/>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="315"/>
        <source>Section scores (0–100)</source>
        <translation>各领域得分（0–100）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="316"/>
        <source>Policy questions A–O: need, availability and gap (0–3)</source>
        <translation>政策问题A–O：需求、可得性和差距（0–3）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="317"/>
        <location filename="../../capacity_app/gui/dashboard.py" line="318"/>
        <source>Ranked gaps and recommended actions</source>
        <translation>差距排序和建议行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="321"/>
        <source>Answers to follow up (Enter opens)</source>
        <translation>需要跟进的答复（按Enter打开）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="323"/>
        <location filename="../../capacity_app/gui/dashboard.py" line="324"/>
        <source>Answers “not applicable”, with their reasons</source>
        <translation>“不适用”答复及其理由</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="430"/>
        <source>Scores are not available</source>
        <translation>无法提供得分</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="431"/>
        <source>The scoring module is not installed in this version.</source>
        <translation>此版本未安装评分模块。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="447"/>
        <location filename="../../capacity_app/gui/dashboard.py" line="448"/>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="452"/>
        <source>Completion %1 · reference date %2 · scoring rules %3</source>
        <translation>完整性%1 · 参考日期%2 · 评分规则%3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="477"/>
        <source>With the weights set for this assessment: %1 out of 100 (%2); the band uses the documented weights.</source>
        <translation>采用本评估设定的权重：%1分（满分100分；%2）；等级按方法文件规定的权重确定。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="500"/>
        <source>No answer was recorded as “not applicable”.</source>
        <translation>没有记录为“不适用”的答复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="508"/>
        <source>“Not applicable” is accepted only where the questionnaire allows it, for the reason it states; the respondents&apos; own words follow in italics. It never raises a score.</source>
        <translation>只有在问卷允许之处，并以问卷所述理由为限，才接受“不适用”答复；其后以斜体列出答复人的原话。“不适用”绝不会提高得分。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="521"/>
        <source>priority %1</source>
        <translation>优先度%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="524"/>
        <source>quick win</source>
        <translation>速效成果</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="536"/>
        <source>No answers yet: gaps appear here as the policy questions and the matrix (S3) are answered.</source>
        <translation>尚无答复：答复政策问题和矩阵（S3）后，差距将显示在此处。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="539"/>
        <source>No gap can be stated yet: the matrix (S3) has no answer.</source>
        <translation>尚无法确定差距：矩阵（S3）没有答复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="541"/>
        <source>No gap between needs and availability.</source>
        <translation>需求与可得性之间没有差距。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="545"/>
        <source>Recommended actions</source>
        <translation>建议行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="570"/>
        <source>Review: no answer to review yet</source>
        <translation>审核：尚无可审核的答复</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="572"/>
        <source>Review: %1 of %2 answers validated</source>
        <translation>审核：%2个答复中已核实%1个</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="574"/>
        <source>follow-up: %1</source>
        <translation>需跟进：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="574"/>
        <source>disputed: %1</source>
        <translation>有争议：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="575"/>
        <source>not reviewed: %1</source>
        <translation>未审核：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="610"/>
        <source>Round %1: %2 %3 (grey numbers and ticks on the bars)</source>
        <translation>第%1轮：%2 %3（条形图上的灰色数字和刻度）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="615"/>
        <source>C&amp;ompare with round %s…</source>
        <translation>与第%s轮比较(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="175"/>
        <source>YYYY-MM-DD or %s</source>
        <translation>YYYY-MM-DD或%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="176"/>
        <source>Type a date as 2026-05-15 or %s; F4 opens the calendar.</source>
        <translation>日期格式为2026-05-15或%s；按F4打开日历。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="184"/>
        <source>Open the calendar (F4)</source>
        <translation>打开日历（F4）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="185"/>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="258"/>
        <source>“%1” is not a date: type it as 2026-05-15 or %2.</source>
        <translation>“%1”不是日期：请按2026-05-15或%2的格式输入。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="263"/>
        <source>Give a date between %1 and %2.</source>
        <translation>请给出%1至%2之间的日期。</translation>
    </message>
</context>
<context>
    <name>DependsList</name>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="124"/>
        <source>No other action in the plan yet.</source>
        <translation>计划中尚无其他行动。</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="42"/>
        <location filename="../../capacity_app/gui/documents.py" line="93"/>
        <source>Documents attached to %s</source>
        <translation>附于%s的文档</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="49"/>
        <source>Attach document…</source>
        <translation>附加文档…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="51"/>
        <source>Keep a file with this answer as evidence (PDF, office documents, tables, images; at most %1 MB)</source>
        <translation>将文件作为证据与此答复一并保存（PDF、办公文档、表格、图像；不超过 %1 MB）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="53"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="55"/>
        <source>Open the selected document</source>
        <translation>打开所选文档</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="56"/>
        <source>Remove document</source>
        <translation>移除文档</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="58"/>
        <source>Remove the selected document</source>
        <translation>移除所选文档</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="110"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="114"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="131"/>
        <source>%1 bytes</source>
        <translation>%1字节</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="133"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="134"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="161"/>
        <source>Attach document</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="162"/>
        <source>Documents (%1)</source>
        <translation>文档（%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="194"/>
        <source>No program on this computer opens %1.</source>
        <translation>此计算机上没有可打开 %1 的程序。</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="618"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="620"/>
        <source>Save what is entered here again</source>
        <translation>再次保存此处输入的内容</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="721"/>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="723"/>
        <source>Don&apos;t know: %s</source>
        <translation>不知道：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="728"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="730"/>
        <source>Not applicable: %s</source>
        <translation>不适用：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="736"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="238"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="240"/>
        <source>question text, item id or comment</source>
        <translation>问题文本、条目编号或评论</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="241"/>
        <source>Find in questions, ids and comments</source>
        <translation>在问题、编号和评论中查找</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="247"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="249"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="251"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="285"/>
        <source>%1 found</source>
        <translation>找到%1个</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="297"/>
        <source>%1 of %2</source>
        <translation>第%1个，共%2个</translation>
    </message>
</context>
<context>
    <name>FollowUpTree</name>
    <message>
        <location filename="../../capacity_app/gui/follow_up.py" line="40"/>
        <source>Answers to follow up: don&apos;t know, then not answered yet, by section</source>
        <translation>需要跟进的答复：先列“不知道”，再列尚未答复的问题，按领域排列</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/follow_up.py" line="63"/>
        <source>Nothing to follow up: no &quot;don&apos;t know&quot; answer and nothing left blank.</source>
        <translation>无需跟进：没有“不知道”的答复，也没有留空的问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="87"/>
        <source>Disputed in review: %n answer</source>
        <translation>
            <numerusform>审核中有争议：%n个答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="88"/>
        <source>Disputed in review: %n answers</source>
        <translation>
            <numerusform>审核中有争议：%n个答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="90"/>
        <source>Needs follow-up (review): %n answer</source>
        <translation>
            <numerusform>需跟进（审核）：%n个答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="91"/>
        <source>Needs follow-up (review): %n answers</source>
        <translation>
            <numerusform>需跟进（审核）：%n个答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="93"/>
        <source>Don&apos;t know: %n answer to follow up</source>
        <translation>
            <numerusform>不知道：%n个答复需要跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="94"/>
        <source>Don&apos;t know: %n answers to follow up</source>
        <translation>
            <numerusform>不知道：%n个答复需要跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="96"/>
        <source>Not answered yet: %n item</source>
        <translation>
            <numerusform>尚未答复：%n个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="97"/>
        <source>Not answered yet: %n items</source>
        <translation>
            <numerusform>尚未答复：%n个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/follow_up.py" line="109"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
</context>
<context>
    <name>FundingRequestDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="37"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="38"/>
        <source>Ministry of Finance</source>
        <translation>财政部</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="39"/>
        <source>Development partner</source>
        <translation>发展伙伴</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="66"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="103"/>
        <source>Re&amp;quest</source>
        <translation>申请(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="160"/>
        <source>National part &amp;committed by:</source>
        <translation>国家部分的承诺方(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="162"/>
        <source>Signatories</source>
        <translation>签署人</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="165"/>
        <source>Signs for</source>
        <translation>代表方</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="165"/>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="165"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="165"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="170"/>
        <source>&amp;Add signatory</source>
        <translation>添加签署人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="113"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="114"/>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="118"/>
        <source>Funding request</source>
        <translation>供资申请</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="189"/>
        <source>R&amp;isks</source>
        <translation>风险(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="190"/>
        <source>In&amp;dicators</source>
        <translation>指标(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="191"/>
        <source>&amp;Procurement</source>
        <translation>采购(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="206"/>
        <source>The funding request typed is not saved.</source>
        <translation>输入的供资申请尚未保存。</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="109"/>
        <source>don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="111"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="722"/>
        <source>This cell is not asked: an earlier answer in its row (for example “Available: no”) leaves it out.</source>
        <translation>此单元格不需填写：同一行中前面的某个答复（例如“可得：否”）已将其排除。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="831"/>
        <source>Cell %s</source>
        <translation>单元格%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="833"/>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="835"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="836"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../capacity_app/gui/window/help.py" line="46"/>
        <location filename="../../capacity_app/gui/window/help.py" line="52"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/help.py" line="56"/>
        <source>The help page could not be read: %s</source>
        <translation>无法读取帮助页面：%s</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="35"/>
        <source>History of the answer</source>
        <translation>答复历史</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="48"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="48"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="48"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="48"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="49"/>
        <source>Versions of the answer, newest first</source>
        <translation>答复的各版本，最新的在前</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="51"/>
        <source>No change recorded yet.</source>
        <translation>尚无更改记录。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="55"/>
        <source>&amp;Restore this value</source>
        <translation>恢复此值(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="79"/>
        <location filename="../../capacity_app/gui/questions/history.py" line="85"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="81"/>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="83"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="98"/>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="98"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="100"/>
        <source>unknown person</source>
        <translation>身份不明者</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="194"/>
        <location filename="../../capacity_app/gui/home.py" line="219"/>
        <location filename="../../capacity_app/gui/home.py" line="400"/>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="203"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="203"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="204"/>
        <source>Ne&amp;xt round…</source>
        <translation>下一轮(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="205"/>
        <source>Move to &amp;trash</source>
        <translation>移至回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="206"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="207"/>
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="208"/>
        <location filename="../../capacity_app/gui/home.py" line="402"/>
        <source>Show t&amp;rash</source>
        <translation>显示回收站(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="320"/>
        <source>The trash is empty: an assessment moved to the trash can be restored from here.</source>
        <translation>回收站为空：移至回收站的评估可以在此处恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="322"/>
        <source>Trash: %n assessment; restore it to work on it again.</source>
        <translation>
            <numerusform>回收站：%n项评估；恢复后即可继续处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="323"/>
        <source>Trash: %n assessments; restore one to work on it again.</source>
        <translation>
            <numerusform>回收站：%n项评估；恢复其中一项即可继续处理。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="325"/>
        <source>No assessment yet. Press Ctrl+N (New…) to create the first one, or Ctrl+I to import a workbook a colleague sent.</source>
        <translation>尚无评估。按Ctrl+N（新建…）创建第一项评估，或按Ctrl+I导入同事发来的工作簿。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="328"/>
        <source>%n assessment. Enter or double-click opens it.</source>
        <translation>
            <numerusform>%n项评估。按Enter或双击即可打开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="329"/>
        <source>%n assessments. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n项评估。按Enter或双击即可打开其中一项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="400"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="402"/>
        <source>&amp;Back to the list</source>
        <translation>返回列表(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="60"/>
        <source>Import %s</source>
        <translation>导入%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="104"/>
        <source>A new assessment: %1 %2, %3 answers.</source>
        <translation>新评估：%1 %2，%3个答复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="107"/>
        <source>Updates the existing assessment %1 %2 (id %3).</source>
        <translation>更新现有评估%1 %2（编号%3）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="116"/>
        <source>This assessment is final (read-only). Importing reopens it: its status is set back to “In progress”.</source>
        <translation>此评估已定稿（只读）。导入将重新打开此评估：其状态改回“进行中”。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="122"/>
        <source>Cells of the workbook edited outside the application: %1 (marked below).</source>
        <translation>在应用程序之外编辑过的工作簿单元格：%1（下文已标出）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="134"/>
        <source>Warning: %s</source>
        <translation>警告：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="158"/>
        <source>Answers changed here since this workbook was exported: %1. They are kept as they are here unless you tick their box in the column “In the workbook”.</source>
        <translation>自导出此工作簿以来在此处更改过的答复：%1。这些答复将保持此处的内容，除非您在“工作簿中”一栏勾选相应方框。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="167"/>
        <source>&amp;Keep ours for all conflicts</source>
        <translation>所有冲突均保留我方的值(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="168"/>
        <source>Take &amp;theirs for all conflicts</source>
        <translation>所有冲突均采用对方的值(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="170"/>
        <source>&amp;Keep all newer answers</source>
        <translation>保留所有较新的答复(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="171"/>
        <source>Use the &amp;workbook&apos;s values for all</source>
        <translation>全部采用工作簿中的值(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="203"/>
        <source>Changes the import would make</source>
        <translation>导入将作出的更改</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="204"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="204"/>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="204"/>
        <source>In this database</source>
        <translation>本数据库中</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="205"/>
        <source>In the workbook</source>
        <translation>工作簿中</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="205"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="74"/>
        <source>No change: the workbook matches this database.</source>
        <translation>没有变化：工作簿与本数据库一致。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="85"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="85"/>
        <source>Reopen and import</source>
        <translation>重新打开并导入</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="88"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="229"/>
        <source>Assessment details</source>
        <translation>评估详情</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="231"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="299"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="299"/>
        <source>unknown person</source>
        <translation>未知人员</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="300"/>
        <source>time unknown</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="309"/>
        <source>conflict: changed here and in the workbook since the common version</source>
        <translation>冲突：自共同版本以来在此处和工作簿中均被更改</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="311"/>
        <source>changed here since this workbook was exported (%s)</source>
        <translation>自导出此工作簿以来在此处更改过（%s）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="150"/>
        <source>Answers changed both here and in the workbook since the common version (conflicts): %1. Under each value, who changed it and when. Each is kept as it is here unless you tick its box in the column “In the workbook”.</source>
        <translation>自共同版本以来在此处和工作簿中均被更改的答复（冲突）：%1。每个值下方注明更改人和更改时间。每个答复均保持此处的内容，除非您在“工作簿中”一栏勾选相应方框。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="178"/>
        <source>Keep &amp;both for all comment and evidence conflicts</source>
        <translation>所有评论和证据冲突均保留双方(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="262"/>
        <source>Keep both (merged, each with its author and time)</source>
        <translation>保留双方（合并，各附作者和时间）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="313"/>
        <source>changed by %1</source>
        <translation>更改人：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="315"/>
        <source>edited outside the application</source>
        <translation>在应用程序之外编辑过</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="318"/>
        <source>The assessment is in the trash: importing restores it.</source>
        <translation>该评估在回收站中：导入将恢复该评估。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="289"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="325"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="326"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="336"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="337"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="339"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="365"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="373"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="374"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="381"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="329"/>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="329"/>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="367"/>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="369"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="383"/>
        <source>Order of the actions</source>
        <translation>行动顺序</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="385"/>
        <source>Currency and exchange rates of the plan</source>
        <translation>计划货币和汇率</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="353"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="388"/>
        <source>Validation of the plan</source>
        <translation>计划的审定</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="128"/>
        <source>Archived answers the import adds (questions this questionnaire version no longer asks): %1 (listed below).</source>
        <translation>导入将添加的已归档答复（此问卷版本已不再提出的问题）：%1（列于下方）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="279"/>
        <source>Archived answers</source>
        <translation>已归档的答复</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="286"/>
        <source>archived answer, asked by questionnaire version %1</source>
        <translation>已归档的答复，由问卷版本 %1 提出</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="287"/>
        <source>archived answer (the version that asked it is not recorded)</source>
        <translation>已归档的答复（未记录提出该问题的版本）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="388"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="389"/>
        <source>(not validated)</source>
        <translation>（未审定）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="392"/>
        <source>New action: %s</source>
        <translation>新行动：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="394"/>
        <source>Action removed: %s</source>
        <translation>已删除行动：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="395"/>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="398"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="398"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="409"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="409"/>
        <source>recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="410"/>
        <source>policy questions</source>
        <translation>政策问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="410"/>
        <source>responsible institutions</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="411"/>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="411"/>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="411"/>
        <source>resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="412"/>
        <source>milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="412"/>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="412"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="413"/>
        <source>priority action</source>
        <translation>优先行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="413"/>
        <source>strategy objective</source>
        <translation>战略目标</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="414"/>
        <source>costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="416"/>
        <source>Action “%1” — %2</source>
        <translation>行动“%1”——%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="421"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="421"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="421"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="422"/>
        <source>Mission start</source>
        <translation>评估团访问开始日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="422"/>
        <source>Mission end</source>
        <translation>评估团访问结束日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="423"/>
        <source>Reference date</source>
        <translation>参考日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="423"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="424"/>
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="190"/>
        <source>Accept the signatures this workbook carries without a check</source>
        <translation>接受本工作簿所载未经校验的签核</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="351"/>
        <source>Validation for the national statistics office</source>
        <translation>代表国家统计局的核准</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="352"/>
        <source>Reviews signed off by the supervisor</source>
        <translation>主管签核的审核结果</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="354"/>
        <source>its check holds</source>
        <translation>校验无误</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="355"/>
        <source>no check (a workbook written before signatures carried one): taken only if you accept it below</source>
        <translation>无校验（工作簿写成时签核尚不附带校验）：仅在您于下方接受后才会采用</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="357"/>
        <source>refused: it does not match its check (edited outside the application); nothing can be imported from this workbook</source>
        <translation>已拒绝：与其校验不符（在本应用程序之外被修改）；本工作簿中的任何内容均不能导入</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="221"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="221"/>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="221"/>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="222"/>
        <source>Disbursement-linked: partner</source>
        <translation>与拨款挂钩：伙伴</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="222"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="50"/>
        <source>Send questions to institutions</source>
        <translation>向机构发送问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="54"/>
        <source>Each institution receives a workbook with only its questions, in the language chosen below, with what the mission already knows filled in. Its reply, imported with Import workbook…, becomes proposals: no answer changes until you accept them.</source>
        <translation>每个机构收到一份只含其问题的工作簿，使用下方所选语言，并已填入评估团已掌握的信息。其答复通过“导入工作簿…”导入后成为提议：在您接受之前，评估中的任何答复都不会改变。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="59"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="59"/>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="203"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="59"/>
        <source>Questions</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="60"/>
        <source>Reply by (YYYY-MM-DD)</source>
        <translation>答复截止（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="60"/>
        <source>Contact for questions</source>
        <translation>咨询联系人</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="69"/>
        <source>Send to %1</source>
        <translation>发送给%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="90"/>
        <source>Language of the workbooks:</source>
        <translation>工作簿语言：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="101"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="105"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="115"/>
        <source>&amp;Write the workbooks</source>
        <translation>写入工作簿(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="122"/>
        <source>Folder for the workbooks</source>
        <translation>工作簿所在文件夹</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="147"/>
        <source>Choose at least one institution.</source>
        <translation>请至少选择一个机构。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="185"/>
        <source>%1 workbooks written to %2</source>
        <translation>已将%1个工作簿写入%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="192"/>
        <source>Writing the institutions&apos; workbooks</source>
        <translation>正在写入各机构的工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="194"/>
        <source>The workbooks were not written: %1</source>
        <translation>未写入工作簿：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="196"/>
        <source>Cancelled: the workbooks written so far stay in the folder.</source>
        <translation>已取消：已写入的工作簿保留在文件夹中。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="202"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="202"/>
        <source>Current answer</source>
        <translation>当前答复</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="203"/>
        <source>Proposed</source>
        <translation>提议值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="204"/>
        <source>Respondent</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="204"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="205"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="205"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="212"/>
        <source>Institutions&apos; proposals</source>
        <translation>机构的提议</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="215"/>
        <source>Values the institutions proposed in their replies. None changes an answer until you accept it; proposals of institutions that disagree are shown together and marked.</source>
        <translation>各机构在答复中提议的数值。在您接受之前，任何提议都不会改变评估中的答复；意见不一致的机构提议并列显示并加以标记。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="219"/>
        <source>Institution:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="222"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="228"/>
        <source>Show those decided</source>
        <translation>显示已处理的</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="254"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="255"/>
        <source>&amp;Edit and accept…</source>
        <translation>修改并接受(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="256"/>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="257"/>
        <source>Accept all of this &amp;institution</source>
        <translation>接受该机构的全部提议(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="258"/>
        <source>Every open proposal of the institution chosen above, at once (refused while another institution proposes something else)</source>
        <translation>一次接受上方所选机构的全部待定提议（若另一机构提议不同，则不予执行）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="259"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="317"/>
        <source>Another institution proposes something else for this answer</source>
        <translation>另一机构对此答复提议了不同的值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="321"/>
        <source>Open: %1. Answers on which institutions disagree: %2.</source>
        <translation>待定：%1。各机构意见不一致的答复：%2。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="399"/>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="405"/>
        <source>Edit and accept</source>
        <translation>修改并接受</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="399"/>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="405"/>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="435"/>
        <source>open</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="435"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="435"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="436"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="442"/>
        <source>don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="442"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="103"/>
        <source>Type or press F2 to edit a cell; Delete clears it; the context menu (Shift+F10) marks don&apos;t know.</source>
        <translation>直接输入或按F2编辑单元格；按Delete清除；在上下文菜单（Shift+F10）中可标记为“不知道”。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="110"/>
        <source>Answer the current row as a form (Ctrl+Enter)</source>
        <translation>以表单形式答复当前行（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="67"/>
        <source>Open the policy question × source matrix</source>
        <translation>打开政策问题 × 数据来源矩阵</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="139"/>
        <source>Show comment and evidence</source>
        <translation>显示评论和证据</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="151"/>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="152"/>
        <source>Every version of this answer: who gave it, when; restore one</source>
        <translation>此答复的每个版本：由谁、何时给出；可恢复其中之一</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="252"/>
        <source>Review of “%s”:</source>
        <translation>审核“%s”：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="266"/>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/questions/page.py" line="268"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n项证据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/questions/page.py" line="271"/>
        <source>%n document</source>
        <translation>
            <numerusform>%n份文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/questions/page.py" line="272"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n份文档</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="273"/>
        <source>Comment and evidence</source>
        <translation>评论和证据</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="279"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/questions/page.py" line="181"/>
        <source>Proposed by institutions: %n…</source>
        <translation>
            <numerusform>机构的提议：%n…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="182"/>
        <source>Values the institutions proposed in their replies: accept, edit or reject them</source>
        <translation>各机构在答复中提议的数值：接受、修改或拒绝</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="40"/>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="41"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="91"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="42"/>
        <source>Ne&amp;xt round…</source>
        <translation>下一轮(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="43"/>
        <source>Assessment &amp;details…</source>
        <translation>评估详情(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="44"/>
        <source>Move to &amp;trash</source>
        <translation>移至回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="45"/>
        <source>S&amp;how the trash</source>
        <translation>显示回收站(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="46"/>
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="47"/>
        <source>&amp;Export workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="48"/>
        <source>Export assessment pac&amp;kage…</source>
        <translation>导出评估数据包(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="51"/>
        <source>For&amp;ms for ODK and Kobo…</source>
        <translation>ODK 和 Kobo 表单(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="52"/>
        <source>PD&amp;F report…</source>
        <translation>PDF报告(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="53"/>
        <source>Save as &amp;Word document…</source>
        <translation>另存为Word文档(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="54"/>
        <source>&amp;Aggregate workbooks…</source>
        <translation>汇总工作簿(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="55"/>
        <source>Cross-country &amp;view…</source>
        <translation>跨国视图(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="56"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="57"/>
        <source>&amp;Close assessment</source>
        <translation>关闭评估(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="58"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="59"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="60"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="61"/>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="62"/>
        <source>Next un&amp;answered</source>
        <translation>下一个未答问题(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="63"/>
        <source>Previous unans&amp;wered</source>
        <translation>上一个未答问题(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="64"/>
        <source>Re&amp;view this answer</source>
        <translation>审核此答复(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="65"/>
        <source>Answer &amp;history…</source>
        <translation>答复历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="66"/>
        <source>Ar&amp;chived answers…</source>
        <translation>已归档的答复(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="67"/>
        <source>Ne&amp;xt answer not reviewed</source>
        <translation>下一个未审核的答复(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="68"/>
        <source>Va&amp;lidate the section&apos;s reviews</source>
        <translation>核实本节的审核(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="69"/>
        <source>Sign off the r&amp;eviews (supervisor)…</source>
        <translation>签核审核结果（主管）(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="70"/>
        <source>Validate for the national &amp;statistics office…</source>
        <translation>代表国家统计局核准(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="71"/>
        <source>Next &amp;gap</source>
        <translation>下一个差距(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="72"/>
        <source>Previ&amp;ous gap</source>
        <translation>上一个差距(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="73"/>
        <source>Next section</source>
        <translation>下一领域</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="74"/>
        <source>Previous section</source>
        <translation>上一领域</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="75"/>
        <source>&amp;Questions</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="76"/>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="77"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="78"/>
        <source>Focus the na&amp;vigator</source>
        <translation>转到导航栏(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="79"/>
        <source>Next &amp;language</source>
        <translation>下一种语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="80"/>
        <source>&amp;Help contents</source>
        <translation>帮助目录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="81"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="82"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="128"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="131"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="136"/>
        <source>Undo</source>
        <comment>toolbar button: short</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="137"/>
        <source>Redo</source>
        <comment>toolbar button: short</comment>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="151"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="154"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="182"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="185"/>
        <source>Questionnaire &amp;language</source>
        <translation>问卷语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="194"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="201"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="207"/>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="214"/>
        <source>Previous unanswered</source>
        <translation>上一个未答问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="215"/>
        <source>Next unanswered</source>
        <translation>下一个未答问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="218"/>
        <source>Export workbook</source>
        <comment>toolbar button: short</comment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="229"/>
        <source>Language: </source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="232"/>
        <source>Questionnaire language</source>
        <translation>问卷语言</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="249"/>
        <source>Interface: </source>
        <translation>界面：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="280"/>
        <source>The window will be in %1 from its next start; the questionnaire&apos;s language is chosen beside it.</source>
        <translation>窗口将在下次启动时使用%1；问卷语言在旁边选择。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="252"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="72"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="399"/>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="92"/>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="116"/>
        <source>Could not open %s</source>
        <translation>无法打开%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="142"/>
        <source>This assessment has %n document attached as evidence. The workbook does not carry documents: a colleague who receives it does not get it. The assessment package carries the workbook and the document.</source>
        <translation>此评估附有%n份证据文档。工作簿不包含文档：收到工作簿的同事将得不到它。评估资料包包含工作簿和文档。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="145"/>
        <source>This assessment has %n documents attached as evidence. The workbook does not carry documents: a colleague who receives it gets none of them. The assessment package carries the workbook and every document.</source>
        <translation>此评估附有%n份证据文档。工作簿不包含文档：收到工作簿的同事一份也得不到。评估资料包包含工作簿和所有文档。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="149"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="178"/>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="153"/>
        <source>Export the &amp;package…</source>
        <translation>导出资料包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="155"/>
        <source>&amp;Workbook only…</source>
        <translation>仅工作簿(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="180"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="181"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="194"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="207"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="215"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="225"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="187"/>
        <source>Export failed: %s</source>
        <translation>导出失败：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="189"/>
        <source>Exporting the workbook</source>
        <translation>正在导出工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="192"/>
        <source>Workbook written: %s</source>
        <translation>工作簿已写出：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="195"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="216"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="245"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="204"/>
        <source>Export assessment package</source>
        <translation>导出评估数据包</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="206"/>
        <source>Assessment packages (*.zip)</source>
        <translation>评估数据包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="210"/>
        <source>Exporting the package</source>
        <translation>正在导出数据包</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="213"/>
        <source>Package written: %s</source>
        <translation>数据包已写出：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="230"/>
        <source>Folder for the forms</source>
        <translation>表单所在文件夹</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="240"/>
        <source>Forms for ODK and Kobo written: %s</source>
        <translation>已写入 ODK 和 Kobo 表单：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="243"/>
        <source>Writing the forms for ODK and Kobo</source>
        <translation>正在写入 ODK 和 Kobo 表单</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="253"/>
        <source>PDF report</source>
        <translation>PDF报告</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="255"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="301"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="256"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="264"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="278"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="285"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="302"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="310"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="260"/>
        <source>Writing the PDF report</source>
        <translation>正在写出PDF报告</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="263"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="284"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="309"/>
        <source>Report written: %s</source>
        <translation>报告已写出：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="265"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="286"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="311"/>
        <source>Report cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="275"/>
        <source>Word document</source>
        <translation>Word文档</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="277"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="300"/>
        <source>Word documents (*.docx)</source>
        <translation>Word文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="281"/>
        <source>Writing the Word document</source>
        <translation>正在写出Word文档</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="320"/>
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="339"/>
        <source>Reading the package</source>
        <translation>正在读取数据包</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="329"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="351"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="374"/>
        <source>Reading the workbook</source>
        <translation>正在读取工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="322"/>
        <source>Workbooks, assessment packages and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>工作簿、评估数据包和 ODK 或 Kobo 导出文件 (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="333"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="343"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="356"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="367"/>
        <source>Export of %1 submissions imported: %2 values proposed, no answer changed.</source>
        <translation>已导入包含%1份提交的导出文件：提议%2个值，未改变任何答复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="398"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="405"/>
        <source>This workbook cannot be imported. Nothing was changed.</source>
        <translation>无法导入此工作簿。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="436"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="445"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>导入已取消：未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="450"/>
        <source>Imported %s.</source>
        <translation>已导入%s。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="452"/>
        <source>Kept %s answers changed here since the export.</source>
        <translation>保留了自导出以来在此处更改过的%s个答复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="457"/>
        <source>Documents attached: %1.</source>
        <translation>已附加文档：%1。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="471"/>
        <source>Importing the workbook</source>
        <translation>正在导入工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="491"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="496"/>
        <source>Aggregation</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="493"/>
        <source>Aggregating workbooks</source>
        <translation>正在汇总工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="498"/>
        <source>Aggregation cancelled.</source>
        <translation>汇总已取消。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="503"/>
        <source>%1 accepted, %2 rejected, %3 superseded.</source>
        <translation>接受%1个，拒绝%2个，取代%3个。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="507"/>
        <source>Aggregate written: %s</source>
        <translation>汇总工作簿已写出：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="514"/>
        <source>Rejected:</source>
        <translation>被拒绝：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="515"/>
        <source>Superseded (a later export is used):</source>
        <translation>被取代（使用了较晚的导出文件）：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="117"/>
        <location filename="../../capacity_app/gui/window/main_window.py" line="341"/>
        <source>Migration data capacity assessment</source>
        <translation>移徙数据能力评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="178"/>
        <source>This database cannot be written (%1: read-only folder or drive), so it is open read-only. You can read every assessment, export workbooks and PDF reports, and move the data folder (File ▸ Preferences ▸ Data folder, applied at the next start).</source>
        <translation>无法写入此数据库（%1：文件夹或驱动器为只读），因此以只读方式打开。您可以阅读所有评估，导出工作簿和PDF报告，并移动数据文件夹（文件 ▸ 首选项 ▸ 数据文件夹，下次启动时生效）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="186"/>
        <source>The database %1 is damaged (%2), so it is open read-only: nothing more is written to it. You can still read every assessment and export workbooks and reports. To repair it, restore the last good backup: restart the application, which offers it, or run capacity-app --db &quot;%1&quot; check --restore (the damaged file is kept beside it).</source>
        <translation>数据库%1已损坏（%2），因此以只读方式打开：不再向其写入任何内容。您仍可阅读所有评估并导出工作簿和报告。要修复它，请恢复最近一个完好的备份：重新启动应用程序（它会提供该备份），或运行 capacity-app --db &quot;%1&quot; check --restore（损坏的文件保留在旁边）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="203"/>
        <source>The database is damaged: it is now open read-only.</source>
        <translation>数据库已损坏：现已以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="209"/>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="210"/>
        <source>&amp;Try saving again</source>
        <translation>再次尝试保存(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="212"/>
        <source>Save again what could not be saved (it is kept in its field)</source>
        <translation>再次保存未能保存的内容（这些内容仍保留在相应字段中）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="223"/>
        <source>Changes that could not be saved when the application last ended are in %1: enter them again.</source>
        <translation>应用程序上次关闭时未能保存的更改位于%1：请重新输入。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="324"/>
        <source>Loading the questionnaire</source>
        <translation>正在加载问卷</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="358"/>
        <source>Saved %s</source>
        <translation>已于%s保存</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="366"/>
        <source>Not saved: %s</source>
        <translation>未保存：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="391"/>
        <source>No policy question has a gap between need and availability.</source>
        <translation>没有任何政策问题存在需求与可得性之间的差距。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="429"/>
        <source>That assessment is in the trash: restore it first.</source>
        <translation>该评估在回收站中：请先将其恢复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="457"/>
        <source>Last change %s</source>
        <translation>最后修改于%s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/window/main_window.py" line="524"/>
        <source>%n change(s) could not be saved: %1. They are still in the window, marked “Not saved”.</source>
        <translation>
            <numerusform>%n项更改未能保存：%1。这些更改仍在窗口中，标为“未保存”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="528"/>
        <source>Close anyway and lose them? You can copy them first, to paste them elsewhere.</source>
        <translation>仍要关闭并丢失这些更改吗？您可以先复制，再粘贴到别处。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="530"/>
        <source>&amp;Keep the window open</source>
        <translation>保持窗口打开(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="531"/>
        <source>&amp;Copy them and close</source>
        <translation>复制后关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="532"/>
        <source>C&amp;lose and lose them</source>
        <translation>关闭并丢弃(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="656"/>
        <source>Moved to the trash. Show the trash to restore it.</source>
        <translation>已移至回收站。显示回收站即可将其恢复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="668"/>
        <source>Restored.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="689"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="712"/>
        <source>Preferences saved.</source>
        <translation>首选项已保存。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="804"/>
        <source>Stopping background work…</source>
        <translation>正在停止后台任务…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="49"/>
        <source>&amp;Send questions to institutions…</source>
        <translation>向机构发送问题(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="50"/>
        <source>Institutions&apos; proposa&amp;ls…</source>
        <translation>机构的提议(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="386"/>
        <source>Reply of %1 imported: %2 values proposed, no answer changed.</source>
        <translation>已导入%1的答复：提议%2个值，未改变任何答复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="298"/>
        <source>Funding request for %1</source>
        <translation>向%1提出的供资申请</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="306"/>
        <source>Writing the funding request for %1</source>
        <translation>正在生成向%1提出的供资申请</translation>
    </message>
</context>
<context>
    <name>MarkerLegend</name>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="201"/>
        <source>gap</source>
        <translation>能力有限</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="201"/>
        <source>needs work</source>
        <translation>能力发展中</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="201"/>
        <source>fine</source>
        <translation>能力成熟及以上</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="201"/>
        <source>not assessed</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="213"/>
        <source>Sections: the band of their score. Policy questions: the gap between the need and the data available; not assessed while no cell of their matrix row is answered.</source>
        <translation>各领域：其得分所属的等级。政策问题：需求与可得数据之间的差距；在矩阵中该行尚无任何单元格得到答复之前，显示为尚未评估。</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="364"/>
        <source>main source</source>
        <translation>主要来源</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="364"/>
        <source>supporting source</source>
        <translation>辅助来源</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="365"/>
        <source>not an expected source</source>
        <translation>非预期来源</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="366"/>
        <source>level %1</source>
        <translation>级别%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="366"/>
        <source>no level yet</source>
        <translation>尚无级别</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="228"/>
        <source>● main source   ○ supporting source   colour and number: derived level 0 (none) to 3 (fit for purpose). Arrow keys move, Enter edits, Esc returns.</source>
        <translation>● 主要来源   ○ 辅助来源   颜色和数字：推算级别，从0（无）到3（符合用途）。方向键移动，Enter编辑，Esc返回。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="241"/>
        <source>Policy question by data source matrix</source>
        <translation>政策问题 × 数据来源矩阵</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="125"/>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="125"/>
        <source>Done</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="154"/>
        <location filename="../../capacity_app/gui/questions/models.py" line="159"/>
        <source>%1 of %2 answered</source>
        <translation>已答复%1个，共%2个</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="161"/>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="178"/>
        <source>Policy questions A–O</source>
        <translation>政策问题A–O</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="188"/>
        <source>Not assessed yet: no cell of its row in the matrix is answered.</source>
        <translation>尚未评估：矩阵中该行尚无任何单元格得到答复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="190"/>
        <source>Need %1, availability %2, gap %3</source>
        <translation>需求%1，可得性%2，差距%3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="197"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="199"/>
        <source>gap %1</source>
        <translation>差距%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="199"/>
        <source>ok</source>
        <translation>无差距</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="205"/>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="115"/>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="128"/>
        <source>Round (year)</source>
        <translation>轮次（年份）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="131"/>
        <source>optional: made from the country and round</source>
        <translation>可选：根据国家和轮次生成</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="132"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="134"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="228"/>
        <source>Reference date</source>
        <translation>参考日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="136"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="228"/>
        <source>Mission start</source>
        <translation>评估团访问开始日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="138"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="229"/>
        <source>Mission end</source>
        <translation>评估团访问结束日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="142"/>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="143"/>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="144"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="145"/>
        <source>Re&amp;ference date:</source>
        <translation>参考日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="146"/>
        <source>Mission &amp;start:</source>
        <translation>评估团访问开始日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="147"/>
        <source>Mission &amp;end:</source>
        <translation>评估团访问结束日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="152"/>
        <source>Interviewed</source>
        <translation>已访谈</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="152"/>
        <source>Role of the respondent</source>
        <translation>答复人的职务</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="157"/>
        <source>Institutions interviewed</source>
        <translation>受访机构</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="174"/>
        <source>These details are the answers of section S0 (Mission and respondents): correct or complete them there at any time.</source>
        <translation>这些信息即S0领域（评估团访问和答复人）的答复：可随时在该领域更正或补充。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="179"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="184"/>
        <source>Institutions interviewed:</source>
        <translation>受访机构：</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="51"/>
        <source>Next round of %1 %2</source>
        <translation>%1 %2的下一轮</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="55"/>
        <source>A new assessment of %1 starts from round %2.</source>
        <translation>以第%2轮为基础，开始对%1的新评估。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="63"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="64"/>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="66"/>
        <source>Reference date</source>
        <translation>参考日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="68"/>
        <source>Mission start</source>
        <translation>评估团访问开始日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="70"/>
        <source>Mission end</source>
        <translation>评估团访问结束日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="71"/>
        <source>R&amp;eference date:</source>
        <translation>参考日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="72"/>
        <source>Mission &amp;start:</source>
        <translation>评估团访问开始日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="73"/>
        <source>Mission e&amp;nd:</source>
        <translation>评估团访问结束日期(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="74"/>
        <source>&amp;Copy the answers of round %s (comments and evidence included) to review them</source>
        <translation>复制第%s轮的答复（包括评论和证据）以供审核(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="78"/>
        <source>&amp;Keep round %s&apos;s reference and mission dates where none is given here</source>
        <translation>此处未给出日期时，沿用第%s轮的参考日期和评估团访问日期(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="81"/>
        <source>Also copied: the institutions, the section weights and the action plan. Dates left empty can be entered later in S0.</source>
        <translation>同时复制的还有：机构、各领域权重和行动计划。留空的日期可稍后在S0中填写。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="94"/>
        <source>Create round</source>
        <translation>创建轮次</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="131"/>
        <source>Created round %s from the previous one; Move to trash removes it again.</source>
        <translation>已根据上一轮创建第%s轮；“移至回收站”可将其再次删除。</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="30"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="31"/>
        <source>Your name is recorded with every change you make, so that a mission team can tell who answered what. You can change it later in File ▸ Preferences.</source>
        <translation>您所作的每项更改都会记录您的姓名，以便评估团队了解谁答复了什么。您可以稍后在“文件 ▸ 首选项”中更改姓名。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="37"/>
        <source>Operator name</source>
        <translation>操作人员姓名</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="38"/>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="39"/>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="46"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="47"/>
        <source>Skip: ask nothing now</source>
        <translation>跳过：现在不作任何询问</translation>
    </message>
</context>
<context>
    <name>PartnerEditionDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="291"/>
        <source>&amp;Partner:</source>
        <translation>伙伴(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="292"/>
        <source>P&amp;DF</source>
        <translation>PDF(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="293"/>
        <source>&amp;Word document</source>
        <translation>Word文档(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="295"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="298"/>
        <source>No cost line of the plan names a development partner yet: a partner&apos;s edition asks a partner to fund its lines.</source>
        <translation>计划的费用项目尚未列出任何发展伙伴：面向伙伴的版本请该伙伴为其费用项目供资。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="305"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="306"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="315"/>
        <source>Funding request for a partner</source>
        <translation>向伙伴提出的供资申请</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="104"/>
        <source>Report of %1</source>
        <translation>%1报告</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="105"/>
        <source>What the implementation report of %1 prints in the planning unit&apos;s own words: the summary before the figures, the decisions asked of the minister, and beside each action at risk or off track its corrective measure.</source>
        <translation>%1执行情况报告以规划部门自己的话所载内容：数据之前的概要、提请部长作出的决定，以及每项存在风险或偏离计划的行动旁的纠正措施。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="109"/>
        <source>The planning unit&apos;s s&amp;ummary (a paragraph a line):</source>
        <translation>规划部门的概要（每行一段）(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="110"/>
        <source>&amp;Decisions asked of the minister, one a line, in their order:</source>
        <translation>提请部长作出的决定，每行一项，按顺序(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="111"/>
        <source>Corrective &amp;measures of the actions at risk or off track:</source>
        <translation>存在风险或偏离计划的行动的纠正措施(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="112"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="112"/>
        <source>Standing</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="112"/>
        <source>Reason given</source>
        <translation>所述原因</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="113"/>
        <source>Corrective measure</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="113"/>
        <source>Responsible</source>
        <translation>负责方</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="114"/>
        <source>By (YYYY-MM-DD)</source>
        <translation>期限（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="115"/>
        <source>The planning unit&apos;s summary</source>
        <translation>规划部门的概要</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="116"/>
        <source>Decisions asked of the minister</source>
        <translation>提请部长作出的决定</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="117"/>
        <source>Corrective measures</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="119"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="120"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="122"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="225"/>
        <source>The report of %1 typed is not saved.</source>
        <translation>已输入的%1报告尚未保存。</translation>
    </message>
</context>
<context>
    <name>PlanCount</name>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="869"/>
        <source>%n of %1 actions costed.</source>
        <translation>
            <numerusform>%1项行动中有%n项已估算费用。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="161"/>
        <source>National budget</source>
        <translation>国家预算</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="161"/>
        <source>Development partner</source>
        <translation>发展伙伴</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="162"/>
        <source>Other source</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="167"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="168"/>
        <source>Consultants</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="169"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="170"/>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="171"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="172"/>
        <source>Survey operations</source>
        <translation>调查作业</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="177"/>
        <source>identified</source>
        <translation>已确定</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="178"/>
        <source>pledged</source>
        <translation>已认捐</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="179"/>
        <source>committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="180"/>
        <source>disbursed</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="325"/>
        <source>Cost line</source>
        <translation>费用明细</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="325"/>
        <source>Edit the cost line</source>
        <translation>编辑费用明细</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="334"/>
        <source>e.g. 45000000 or 1250.50</source>
        <translation>例如：45000000或1250.50</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="342"/>
        <source>The development partner, or what the other source is</source>
        <translation>发展伙伴，或说明其他来源</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="343"/>
        <source>Funding &amp;secured</source>
        <translation>资金已落实(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="346"/>
        <source>Amount spent, when known</source>
        <translation>已支出金额（如已知）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="349"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="349"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="349"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="350"/>
        <source>Cost basis: &amp;unit cost × quantity:</source>
        <translation>计算依据：单位成本 × 数量(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="351"/>
        <source>Cost ca&amp;tegory:</source>
        <translation>费用类别(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="352"/>
        <source>&amp;Funding source:</source>
        <translation>资金来源(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="352"/>
        <source>&amp;Partner or other source:</source>
        <translation>伙伴或其他来源(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="353"/>
        <source>Funding sta&amp;ge:</source>
        <translation>落实情况(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="354"/>
        <source>Amount &amp;executed:</source>
        <translation>已执行金额(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="356"/>
        <source>National budget takes o&amp;ver from:</source>
        <translation>自何年起由国家预算承担(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="227"/>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="364"/>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="394"/>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="395"/>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="493"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="397"/>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="398"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="405"/>
        <source>Optional: the cost of one unit and the number of units; their product is the amount (filled in when the amount is left empty)</source>
        <translation>可选：单位成本和单位数量；两者之积即为金额（金额留空时自动填入）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="409"/>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="414"/>
        <source>(not said)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="418"/>
        <source>Committed and disbursed funding is secured; identified and pledged funding is not</source>
        <translation>已承诺和已支付的资金视为已落实；已确定和已认捐的资金则未落实</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="424"/>
        <source>&amp;Recurrent cost (goes on after the action)</source>
        <translation>经常性费用(&amp;R)（行动结束后仍持续）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="429"/>
        <source>(not taken over)</source>
        <translation>（不由国家预算承担）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="431"/>
        <source>Year the national budget takes it over</source>
        <translation>国家预算开始承担的年份</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="434"/>
        <source>Amount a year, in the line&apos;s currency</source>
        <translation>每年金额（以该项目的货币计）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="435"/>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="458"/>
        <source>Amount a year taken over</source>
        <translation>每年承担金额</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="441"/>
        <source>When the partner&apos;s funding ends: from which year the national budget pays this recurrent cost, and how much a year (after the partner&apos;s last funded year)</source>
        <translation>伙伴供资结束后：国家预算自哪一年起承担这项经常性费用，以及每年金额（须在伙伴最后供资年份之后）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="485"/>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="173"/>
        <source>%1: write digits, with “%2” for decimals, such as 45000000 or %3 (no thousands separators).</source>
        <translation>%1：请填写数字，小数用“%2”，例如 45000000 或 %3（不使用千位分隔符）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="504"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="505"/>
        <source>Amount executed</source>
        <translation>已执行金额</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="536"/>
        <source>Currency and exchange rates</source>
        <translation>货币和汇率</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="541"/>
        <source>none known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="542"/>
        <source>The country&apos;s (%s)</source>
        <translation>本国货币（%s）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="543"/>
        <source>Plan &amp;currency:</source>
        <translation>计划货币(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="547"/>
        <source>Exchange rates give the USD equivalents: units of each currency for one US dollar, with the date of the rate and its source (e.g. the UN operational rate of exchange). F2 edits a cell.</source>
        <translation>汇率用于换算美元等值：每1美元兑换的各货币单位数，并注明汇率日期及来源（例如联合国业务汇率）。按F2编辑单元格。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="554"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="554"/>
        <source>Units per US dollar</source>
        <translation>每1美元兑换单位数</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="554"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="555"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="558"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="562"/>
        <source>E&amp;xchange rates:</source>
        <translation>汇率(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="567"/>
        <source>&amp;Add a rate</source>
        <translation>添加汇率(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="568"/>
        <source>&amp;Remove the rate</source>
        <translation>删除汇率(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="575"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="709"/>
        <source>&amp;Record the validation</source>
        <translation>记录审定(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="804"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="643"/>
        <source>Row %d: %s</source>
        <translation>第%d行：%s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="389"/>
        <source>The cost line typed is not saved.</source>
        <translation>输入的费用项尚未保存。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="591"/>
        <source>The exchange rates typed are not saved.</source>
        <translation>输入的汇率尚未保存。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="648"/>
        <source>%s is not an ISO 4217 currency of the country table</source>
        <translation>%s不是国家表中的ISO 4217货币</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="667"/>
        <source>Validation of the action plan</source>
        <translation>行动计划的审定</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="671"/>
        <source>Record that the government validated the plan as it is now. An action edited afterwards is shown as changed after validation, here, in the workbook and in the report.</source>
        <translation>记录政府已审定当前的计划。此后修改的行动将在此处、工作簿和报告中标为审定后有改动。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="683"/>
        <source>e.g. National validation workshop, the capital</source>
        <translation>例如：首都举行的国家审定讲习班</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="687"/>
        <source>One institution per line</source>
        <translation>每行一个机构</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="690"/>
        <source>Name of the person who approved the plan</source>
        <translation>批准计划的人员姓名</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="692"/>
        <source>e.g. Director-General, National Statistics Office</source>
        <translation>例如：国家统计局局长</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="693"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="693"/>
        <source>&amp;Event:</source>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="694"/>
        <source>&amp;Institutions present:</source>
        <translation>出席机构(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="694"/>
        <source>Approved &amp;by:</source>
        <translation>批准人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="695"/>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="712"/>
        <source>Reason for withdrawing the validation</source>
        <translation>撤回审定的理由</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="716"/>
        <source>&amp;Withdraw the validation</source>
        <translation>撤回审定(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="732"/>
        <source>The validation typed is not saved.</source>
        <translation>输入的审定记录尚未保存。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="740"/>
        <source>Give the reason for withdrawing the validation.</source>
        <translation>请说明撤回审定的理由。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="764"/>
        <source>Cost of the plan and financing gap</source>
        <translation>计划费用和资金缺口</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="777"/>
        <source>By &amp;year</source>
        <translation>按年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="778"/>
        <source>By &amp;institution</source>
        <translation>按机构(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="779"/>
        <source>(no owner yet)</source>
        <translation>（尚无负责机构）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="780"/>
        <source>By funding &amp;source</source>
        <translation>按资金来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="783"/>
        <source>By &amp;currency</source>
        <translation>按货币(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="786"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="797"/>
        <source>Exchange rates: %s.</source>
        <translation>汇率：%s。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="798"/>
        <source>No exchange rate: no USD equivalents.</source>
        <translation>无汇率：不显示美元等值。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="799"/>
        <source>No rate for %s: the USD figures are left out.</source>
        <translation>%s无汇率：不列美元数字。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="814"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="815"/>
        <source>Secured</source>
        <translation>已落实</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="816"/>
        <source>Financing gap</source>
        <translation>资金缺口</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="817"/>
        <source>Cost (USD)</source>
        <translation>费用（美元）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="818"/>
        <source>Gap (USD)</source>
        <translation>缺口（美元）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="850"/>
        <source>No action is costed yet.</source>
        <translation>尚无行动估算了费用。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="856"/>
        <source>Total cost %1; secured %2; financing gap %3.</source>
        <translation>总费用%1；已落实%2；资金缺口%3。</translation>
    </message>
</context>
<context>
    <name>PolicyChart</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="209"/>
        <source>Availability and gap by policy question</source>
        <translation>按政策问题分列的可得性和差距</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="257"/>
        <source>need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="262"/>
        <source>availability</source>
        <translation>可得性</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="267"/>
        <source>gap</source>
        <translation>差距</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="245"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="253"/>
        <source>Operator name</source>
        <translation>操作人员姓名</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="254"/>
        <source>your name, recorded with every change</source>
        <translation>您的姓名，每项更改都会记录</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="257"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="258"/>
        <source>Where the database and its backups live (kept in %s, read by the window and the command line alike).</source>
        <translation>数据库及其备份所在位置（记录在%s中，窗口和命令行均读取该设置）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="266"/>
        <source>Default report language</source>
        <translation>默认报告语言</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="271"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="274"/>
        <source>Word template</source>
        <translation>Word模板</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="275"/>
        <source>the bundled template</source>
        <translation>随附的模板</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="276"/>
        <source>A Word document (.docx) whose styles the Word report uses: the national statistics office&apos;s own template.</source>
        <translation>一个Word文档（.docx），Word报告使用其样式：国家统计局自己的模板。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="279"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="284"/>
        <source>&amp;Operator name:</source>
        <translation>操作人员姓名(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="285"/>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="289"/>
        <source>Default &amp;report language:</source>
        <translation>默认报告语言(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="291"/>
        <source>&amp;Backup folder:</source>
        <translation>备份文件夹(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="292"/>
        <source>Word documents (*.docx)</source>
        <translation>Word文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="293"/>
        <source>&amp;Word template:</source>
        <translation>Word模板(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="294"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="295"/>
        <source>A new interface language applies from the next start.</source>
        <translation>新的界面语言在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="302"/>
        <source>This database cannot be written: only the data folder (to move the data somewhere it can be written) and the interface language can be changed.</source>
        <translation>无法写入此数据库：只能更改数据文件夹（将数据移至可写入的位置）和界面语言。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="330"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="348"/>
        <source>The database and its backups are in this folder.</source>
        <translation>数据库及其备份位于此文件夹中。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="331"/>
        <source>At the next start, the database and its backups move to %s.</source>
        <translation>下次启动时，数据库及其备份将移至%s。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="340"/>
        <source>A database is already in %1: it is used from the next start; the current one stays in %2.</source>
        <translation>%1中已有一个数据库：下次启动时将使用该数据库；当前数据库仍保留在%2中。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="344"/>
        <source>At the next start, the database and its %1 backups move to %2 (the old file is kept, renamed “capacity.sqlite3.moved”).</source>
        <translation>下次启动时，数据库及其%1个备份将移至%2（旧文件予以保留，更名为“capacity.sqlite3.moved”）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="357"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="358"/>
        <source>Browse for %s</source>
        <translation>浏览：%s</translation>
    </message>
</context>
<context>
    <name>ProcurementTab</name>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="254"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="254"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="254"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="255"/>
        <source>Estimated cost</source>
        <translation>估计费用</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="255"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="255"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="255"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="256"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="256"/>
        <source>Add packa&amp;ge</source>
        <translation>添加采购包(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="256"/>
        <source>Remove pac&amp;kage</source>
        <translation>删除采购包(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="21"/>
        <source>preparing the workbook</source>
        <translation>正在准备工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="22"/>
        <source>writing answers</source>
        <translation>正在写入答复</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="23"/>
        <source>writing scores</source>
        <translation>正在写入得分</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="24"/>
        <source>saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="25"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="27"/>
        <source>checking the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="28"/>
        <source>reading answers</source>
        <translation>正在读取答复</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="29"/>
        <source>checking values</source>
        <translation>正在检查数值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="30"/>
        <source>read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="32"/>
        <source>reading the answers</source>
        <translation>正在读取答复</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="33"/>
        <source>drawing the charts</source>
        <translation>正在绘制图表</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="34"/>
        <source>drawing the map</source>
        <translation>正在绘制地图</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="35"/>
        <source>composing the pages</source>
        <translation>正在编排页面</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="36"/>
        <source>laying out the pages</source>
        <translation>正在排版</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="37"/>
        <source>writing the PDF file</source>
        <translation>正在写入PDF文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="38"/>
        <source>numbering the pages of the contents</source>
        <translation>为目录编排页码</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="39"/>
        <source>writing the Word file</source>
        <translation>正在写出Word文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="41"/>
        <source>writing the consolidated workbook</source>
        <translation>正在写入合并工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="42"/>
        <source>writing the PDF summary</source>
        <translation>正在写入PDF摘要</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="43"/>
        <source>writing the analyst files</source>
        <translation>正在写入分析人员所用文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="44"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="46"/>
        <source>making the forms</source>
        <translation>正在生成表单</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="47"/>
        <source>writing the form</source>
        <translation>正在写入表单</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="48"/>
        <source>checking the form with pyxform</source>
        <translation>正在用pyxform检查表单</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="49"/>
        <source>writing the questions</source>
        <translation>正在写入问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="50"/>
        <source>reading the submissions</source>
        <translation>正在读取提交的数据</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="51"/>
        <source>reading the repeated rows</source>
        <translation>正在读取重复行</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="52"/>
        <source>written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="57"/>
        <source>read %1</source>
        <translation>已读取%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="83"/>
        <source>reading one file</source>
        <translation>正在读取1个文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="84"/>
        <source>reading %1 files</source>
        <translation>正在读取%1个文件</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="170"/>
        <source>The progress typed for %1 is not saved.</source>
        <translation>为 %1 输入的进展尚未保存。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="199"/>
        <source>Progress of the plan</source>
        <translation>计划进展</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="200"/>
        <source>Reporting &amp;period:</source>
        <translation>报告期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="201"/>
        <source>A year such as 2026 or a half-year such as 2026-H1</source>
        <translation>年份（如2026）或半年（如2026-H1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="202"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="202"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="202"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="203"/>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="77"/>
        <source>Standing</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="204"/>
        <source>Cost line</source>
        <translation>费用项目</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="204"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="204"/>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="205"/>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="205"/>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="207"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="208"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="210"/>
        <source>&amp;Actions</source>
        <translation>行动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="210"/>
        <source>&amp;Money</source>
        <translation>资金(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="210"/>
        <source>In&amp;dicators</source>
        <translation>指标(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="212"/>
        <source>&amp;Institutions&apos; replies…</source>
        <translation>各机构的答复(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="213"/>
        <source>&amp;Write the report…</source>
        <translation>撰写报告(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="214"/>
        <source>The summary, the decisions asked of the minister and the corrective measures that the period&apos;s implementation report prints</source>
        <translation>本期执行情况报告所载的概要、提请部长作出的决定和纠正措施</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="216"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="217"/>
        <source>Each action&apos;s status in the period</source>
        <translation>每项行动在本期的状态</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="218"/>
        <source>Money of each cost line in the period</source>
        <translation>每个费用项目在本期的资金</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="37"/>
        <source>On track</source>
        <translation>进展顺利</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="38"/>
        <source>At risk</source>
        <translation>存在风险</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="39"/>
        <source>Off track</source>
        <translation>偏离计划</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="40"/>
        <source>Not judged</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="69"/>
        <source>Target %1</source>
        <translation>%1年目标值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="70"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="72"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="73"/>
        <source>Baseline</source>
        <translation>基准值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="74"/>
        <source>Value measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="75"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="76"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="80"/>
        <source>The date the value was measured, written YYYY-MM-DD (such as 2026-10-15)</source>
        <translation>测量日期，格式为YYYY-MM-DD（如2026-10-15）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="82"/>
        <source>Each indicator&apos;s value measured in the period</source>
        <translation>每项指标在本期的实测值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="89"/>
        <source>Output of action %1</source>
        <translation>行动%1的产出</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="124"/>
        <source>(value of %1)</source>
        <translation>（%1的数值）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="126"/>
        <source>(no target this year)</source>
        <translation>（本年无目标值）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="154"/>
        <source>indicator %1: type the value measured (a value recorded is replaced, never emptied)</source>
        <translation>指标%1：请输入实测值（已记录的数值只能替换，不能清空）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="264"/>
        <source>%1 on track, %2 at risk, %3 off track, %4 not judged</source>
        <translation>%1项进展顺利，%2项存在风险，%3项偏离计划，%4项未评估</translation>
    </message>
</context>
<context>
    <name>ProgressRepliesDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="116"/>
        <source>Progress reported by the institutions</source>
        <translation>各机构报告的进展</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="117"/>
        <source>Each institution leading actions reports their progress in a workbook: send it the workbook of a period, then receive its reply. The reply&apos;s rows are proposals: no progress changes until you accept one.</source>
        <translation>牵头开展行动的各机构在工作簿中报告行动进展：向其发送某一报告期的工作簿，然后接收其答复。答复中的各行均为建议：在您接受之前，不会记录任何进展。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="120"/>
        <source>Reporting &amp;period:</source>
        <translation>报告期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="121"/>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="122"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="123"/>
        <source>&amp;Send a workbook…</source>
        <translation>发送工作簿(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="124"/>
        <source>As an &amp;XLSForm for ODK or Kobo</source>
        <translation>作为ODK或Kobo的XLSForm表单(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="125"/>
        <source>&amp;Receive a reply…</source>
        <translation>接收答复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="126"/>
        <source>A returned workbook, or a KoboToolbox export (.xlsx) of the form&apos;s submissions</source>
        <translation>交回的工作簿，或表单提交记录的KoboToolbox导出文件（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="128"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="129"/>
        <source>Accep&amp;t all</source>
        <translation>全部接受(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="130"/>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="131"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="132"/>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="132"/>
        <source>Proposed</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="132"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="133"/>
        <source>Respondent</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="133"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="134"/>
        <source>Open proposals of the plan&apos;s progress</source>
        <translation>有关计划进展的待处理建议</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="144"/>
        <source>(replaces what is recorded)</source>
        <translation>（替换已记录内容）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="158"/>
        <source>Action %1, %2</source>
        <translation>行动%1，%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="160"/>
        <source>Indicator %1, %2</source>
        <translation>指标%1，%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="165"/>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="181"/>
        <source>No action names the institution leading it.</source>
        <translation>没有任何行动注明其牵头机构。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="183"/>
        <source>Save the progress workbook</source>
        <translation>保存进展工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="184"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="187"/>
        <source>Writing the progress workbook</source>
        <translation>正在生成进展工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="189"/>
        <source>Written: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="194"/>
        <source>Receive an institution&apos;s reply</source>
        <translation>接收机构的答复</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="195"/>
        <source>Workbooks and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>工作簿和 ODK 或 Kobo 导出文件 (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="198"/>
        <source>Reading the reply</source>
        <translation>正在读取答复</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="208"/>
        <source>%1 for %2: this reply, filled %3, is older than the one of %4 received before: set aside, nothing stored.</source>
        <translation>%1（%2）：此答复填写于 %3，早于此前收到的 %4 的答复：已搁置，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="212"/>
        <source>%1 for %2: this reply states no time it was filled, unlike the one of %3 received before: set aside, nothing stored.</source>
        <translation>%1（%2）：此答复未注明填写时间，而此前收到的 %3 的答复注明了：已搁置，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="219"/>
        <source>%1 for %2: %3 proposed, %4 as recorded already.</source>
        <translation>%1（%2）：建议%3项，%4项与已记录内容相同。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="222"/>
        <source>%1 replies for the period: this one taken on your word, not by the time it states (the one received before is of %2).</source>
        <translation>本期共 %1 份答复：此份按您的决定采用，而非依据其注明的时间（此前收到的答复为 %2）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="226"/>
        <source>%1 replies for the period: this one, of %2, is the newest.</source>
        <translation>本期共 %1 份答复：此份（%2）为最新。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="229"/>
        <source>%1 replies for the period: this one taken as the one received last (no time they state tells them apart).</source>
        <translation>本期共 %1 份答复：此份作为最后收到的答复采用（其所载时间无法区分先后）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="238"/>
        <source>Reply set aside</source>
        <translation>答复已搁置</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="239"/>
        <source>Take this reply all the same? Its proposals then supersede the open ones of the reply received before.</source>
        <translation>仍然采用此答复吗？其提议将取代此前收到的答复中尚未处理的提议。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="33"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="34"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="38"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="116"/>
        <source>Read-only: %s.</source>
        <translation>只读：%s。</translation>
    </message>
</context>
<context>
    <name>ResultsChainDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="36"/>
        <source>Overall objective</source>
        <translation>总体目标</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="37"/>
        <location filename="../../capacity_app/gui/plan/results.py" line="97"/>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="38"/>
        <source>Output</source>
        <translation>产出</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="72"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="78"/>
        <source>Results chain</source>
        <translation>成果链</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="84"/>
        <source>Overall objective (impact)</source>
        <translation>总体目标（影响）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="88"/>
        <source>&amp;Objective:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="89"/>
        <source>A&amp;ssumptions:</source>
        <translation>假设(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="95"/>
        <source>Outcomes (specific objectives)</source>
        <translation>成果（具体目标）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="97"/>
        <location filename="../../capacity_app/gui/plan/results.py" line="114"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="97"/>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="101"/>
        <source>&amp;Add outcome</source>
        <translation>添加成果(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="102"/>
        <source>&amp;Remove outcome</source>
        <translation>删除成果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="123"/>
        <source>Add &amp;indicator of</source>
        <translation>添加指标(&amp;I)，用于</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="124"/>
        <source>Remove in&amp;dicator</source>
        <translation>删除指标(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="112"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="114"/>
        <source>Measures</source>
        <translation>衡量对象</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="114"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="114"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="115"/>
        <source>Baseline</source>
        <translation>基准值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="115"/>
        <source>Baseline year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="116"/>
        <source>Means of verification</source>
        <translation>验证手段</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="116"/>
        <source>Targets (%1)</source>
        <translation>目标值（%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="134"/>
        <source>The outcome each action serves (an action is an output)</source>
        <translation>每项行动所服务的成果（行动即产出）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="136"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="136"/>
        <source>Outcome it serves</source>
        <translation>所服务的成果</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="193"/>
        <location filename="../../capacity_app/gui/plan/results.py" line="210"/>
        <source>Action %1</source>
        <translation>行动%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="219"/>
        <source>(no outcome yet)</source>
        <translation>（尚无成果）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="286"/>
        <source>The results chain typed is not saved.</source>
        <translation>输入的成果链尚未保存。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="333"/>
        <source>New outcome</source>
        <translation>新成果</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="356"/>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="23"/>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="24"/>
        <source>Validated</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="25"/>
        <source>Needs follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="26"/>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="39"/>
        <source>Review: ✓ validated, ? needs follow-up, ✗ disputed.</source>
        <translation>审核：✓ 已核实，? 需跟进，✗ 有争议。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="45"/>
        <source>validated</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="46"/>
        <source>marked for follow-up</source>
        <translation>标记为需跟进</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="47"/>
        <source>disputed</source>
        <translation>标记为有争议</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="56"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="58"/>
        <source>the answer changed after it was %1 by %2 on %3</source>
        <translation>该答复在%3由%2%1后已更改</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="60"/>
        <source>by %1, %2</source>
        <translation>审核人：%1，%2</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="81"/>
        <source>Review:</source>
        <translation>审核：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="95"/>
        <source>Review note</source>
        <translation>审核说明</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="144"/>
        <source>Note (optional)</source>
        <translation>说明（可选）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="145"/>
        <source>Note: what is disputed, what to follow up</source>
        <translation>说明：争议之处、需跟进之处</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="149"/>
        <source>Review of this answer: %s</source>
        <translation>此答复的审核：%s</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="188"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="188"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="188"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="189"/>
        <source>Mitigating measure</source>
        <translation>缓解措施</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="189"/>
        <source>Owner</source>
        <translation>风险责任方</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="190"/>
        <source>Add &amp;risk</source>
        <translation>添加风险(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="190"/>
        <source>Remo&amp;ve risk</source>
        <translation>删除风险(&amp;V)</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="88"/>
        <source>Section scores chart</source>
        <translation>各领域得分图</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="105"/>
        <source>(round %1: %2)</source>
        <translation>（第%1轮：%2）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="139"/>
        <source>Click to open the section.</source>
        <translation>点击打开该领域。</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="30"/>
        <source>a file of that name is in the way</source>
        <translation>该位置已有同名文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="31"/>
        <location filename="../../capacity_app/gui/service_text.py" line="32"/>
        <location filename="../../capacity_app/gui/service_text.py" line="40"/>
        <source>no permission to write there</source>
        <translation>无权在该位置写入</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="33"/>
        <source>the drive is read-only</source>
        <translation>该驱动器为只读</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="34"/>
        <location filename="../../capacity_app/gui/service_text.py" line="39"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="35"/>
        <source>a file is in the way of the folder</source>
        <translation>文件夹所在位置已有一个文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="36"/>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="37"/>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="46"/>
        <source>the database is on a network share, where SQLite cannot lock it safely: copy it to this computer and open the copy</source>
        <translation>数据库位于网络共享文件夹中，SQLite无法在该处安全地锁定数据库：请将其复制到本计算机，然后打开副本</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="48"/>
        <source>the title is one line (it holds a line break)</source>
        <translation>标题只能占一行（其中有换行）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="49"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="50"/>
        <source>is a folder, not a workbook</source>
        <translation>是文件夹，不是工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="52"/>
        <source>not an Excel .xlsx workbook (the file is not a zip archive; an old .xls or a damaged file?)</source>
        <translation>不是Excel .xlsx工作簿（该文件不是zip压缩包；是旧的.xls文件还是已损坏的文件？）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="55"/>
        <source>not an Excel .xlsx workbook ([Content_Types].xml is missing)</source>
        <translation>不是Excel .xlsx工作簿（缺少[Content_Types].xml）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="57"/>
        <source>an OpenDocument file, not an Excel .xlsx workbook</source>
        <translation>是OpenDocument文件，不是Excel .xlsx工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="59"/>
        <source>the sheet is missing (is this a capacity-app workbook?)</source>
        <translation>缺少该工作表（这是capacity-app工作簿吗？）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="61"/>
        <source>contains a formula; formulas are never evaluated (type the value)</source>
        <translation>包含公式；公式一律不计算（请输入数值）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="63"/>
        <source>the assessment identifier is missing or malformed</source>
        <translation>评估标识符缺失或格式不正确</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="64"/>
        <source>the database is open read-only</source>
        <translation>数据库以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="65"/>
        <source>the database is closed</source>
        <translation>数据库已关闭</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="66"/>
        <source>no permission to read the database</source>
        <translation>无权读取数据库</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="67"/>
        <source>the mission ends before it starts</source>
        <translation>任务结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="68"/>
        <source>no such question in this questionnaire</source>
        <translation>本问卷中没有该问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="75"/>
        <source>“don&apos;t know” is not accepted for this question</source>
        <translation>此问题不接受“不知道”</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="77"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="78"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="80"/>
        <source>the package is empty (a zip archive without members)</source>
        <translation>包为空（zip 压缩文件中没有任何成员文件）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="82"/>
        <source>not an assessment package (not a zip archive)</source>
        <translation>不是评估包（不是 zip 压缩文件）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="83"/>
        <source>the package is empty</source>
        <translation>包为空</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="85"/>
        <source>the package is encrypted or password-protected</source>
        <translation>包已加密或受密码保护</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="87"/>
        <source>an Excel workbook, not an assessment package (import it under its .xlsx name)</source>
        <translation>这是 Excel 工作簿，不是评估包（请以 .xlsx 文件名导入）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="90"/>
        <source>no manifest.json in the package (not an assessment package)</source>
        <translation>包中没有 manifest.json（不是评估包）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="92"/>
        <source>manifest.json is not valid: not UTF-8 JSON</source>
        <translation>manifest.json 无效：不是 UTF-8 编码的 JSON</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="94"/>
        <source>manifest.json is not valid: its format is not capacity-app-package</source>
        <translation>manifest.json 无效：其格式不是 capacity-app-package</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="96"/>
        <source>manifest.json is not valid: assessment, members or attachments missing</source>
        <translation>manifest.json 无效：缺少评估、成员文件或附件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="98"/>
        <source>manifest.json is not valid: a member without a name, a SHA-256 or a size</source>
        <translation>manifest.json 无效：某个成员文件缺少名称、SHA-256 或大小</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="100"/>
        <source>manifest.json is not valid: no workbook.xlsx</source>
        <translation>manifest.json 无效：没有 workbook.xlsx</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="102"/>
        <source>manifest.json is not valid: an attachment without a target, a SHA-256 or a name</source>
        <translation>manifest.json 无效：某个附件缺少目标、SHA-256 或名称</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="106"/>
        <source>no exchange rate is needed for US dollars</source>
        <translation>美元无需汇率</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="108"/>
        <source>a cost funded by a development partner must name the partner</source>
        <translation>由发展伙伴供资的费用必须写明该伙伴</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="110"/>
        <source>a cost funded by the national budget names no partner (choose a development partner or other)</source>
        <translation>由国家预算供资的费用不写伙伴名称（请选择发展伙伴或其他）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="113"/>
        <source>the funder&apos;s name holds a line break or control character: keep it on one line</source>
        <translation>出资方名称含有换行符或控制字符：请写在一行内</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="120"/>
        <source>assessment %1 (%2) is final: set its status back to “In progress” to change it</source>
        <translation>评估%1（%2）已定稿：如需修改，请将其状态改回“进行中”</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="124"/>
        <source>assessment %1 (%2) is final: nothing was imported; set its status back to “In progress” to import into it</source>
        <translation>评估%1（%2）已定稿：未导入任何内容；如需导入，请将其状态改回“进行中”</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="127"/>
        <source>the round must be a year from %1 to %2, not %3</source>
        <translation>轮次必须是%1年至%2年之间的年份，而不是%3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="129"/>
        <source>unknown answer key for questionnaire %1 %2</source>
        <translation>问卷%1 %2中没有该答复键</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="132"/>
        <source>questionnaire version %1 cannot be imported: no declared mapping to version %2 (assessments/mappings)</source>
        <translation>无法导入问卷版本%1：没有声明到版本%2的映射（assessments/mappings）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="134"/>
        <source>the field %1 is missing</source>
        <translation>缺少字段%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="135"/>
        <source>unknown country code %1</source>
        <translation>未知国家代码：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="136"/>
        <source>round must be a year, got %1</source>
        <translation>轮次必须是年份，而不是%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="138"/>
        <source>%1 appears twice (rows %2 and %3)</source>
        <translation>%1出现了两次（第%2行和第%3行）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="140"/>
        <source>holds the spreadsheet error %1, not a value (type the value)</source>
        <translation>包含电子表格错误%1，而不是数值（请输入数值）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="141"/>
        <source>backup folder %1: %2</source>
        <translation>备份文件夹%1：%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="143"/>
        <source>cannot write the backup taken before an import (%1)</source>
        <translation>无法写入导入前的备份（%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="145"/>
        <source>cannot write the daily backup (%1)</source>
        <translation>无法写入每日备份（%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="147"/>
        <source>cannot write the backup (%1)</source>
        <translation>无法写入备份（%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="149"/>
        <source>cannot create the lock file (%1)</source>
        <translation>无法创建锁文件（%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="151"/>
        <source>cannot open the database (%1)</source>
        <translation>无法打开数据库（%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="154"/>
        <source>.%1 files cannot be attached (allowed: %2)</source>
        <translation>不能附加 .%1 文件（允许的类型：%2）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="156"/>
        <source>a file without an extension cannot be attached (allowed: %1)</source>
        <translation>不能附加没有扩展名的文件（允许的类型：%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="158"/>
        <source>the file is %1 MB; the limit is %2 MB per document</source>
        <translation>文件大小为 %1 MB；每份文档的上限为 %2 MB</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="160"/>
        <source>the assessment&apos;s documents would take %1 MB; the limit is %2 MB per assessment</source>
        <translation>本评估的文档将占用 %1 MB；每项评估的上限为 %2 MB</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="163"/>
        <source>this document is already attached to %1 (as %2, SHA-256 %3)</source>
        <translation>此文档已附于 %1（名称为 %2，SHA-256 %3）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="165"/>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="167"/>
        <source>the package is too large (%1 MB; the limit is %2 MB)</source>
        <translation>包过大（%1 MB；上限为 %2 MB）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="169"/>
        <source>the package is damaged or truncated (zip: %1)</source>
        <translation>包已损坏或不完整（zip：%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="171"/>
        <source>too many members (%1; the limit is %2)</source>
        <translation>成员文件过多（%1 个；上限为 %2 个）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="173"/>
        <source>member %1 is a folder that holds data or is named unsafely (a package holds files only)</source>
        <translation>成员文件 %1 是含有数据或名称不安全的文件夹（包中只能有文件）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="176"/>
        <source>member %1 is refused: an absolute path or a path with “\”</source>
        <translation>成员文件 %1 被拒绝：绝对路径或含有“\”的路径</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="178"/>
        <source>member %1 is refused: a path with “..”, “.” or an empty part</source>
        <translation>成员文件 %1 被拒绝：路径含有“..”“.”或空白部分</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="180"/>
        <source>member %1 is refused: a control character in its name</source>
        <translation>成员文件 %1 被拒绝：名称中含有控制字符</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="181"/>
        <source>two members are named %1</source>
        <translation>有两个成员文件名为 %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="183"/>
        <source>member %1 is a folder (a package holds files only)</source>
        <translation>成员文件 %1 是文件夹（包中只能有文件）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="185"/>
        <source>member %1 is a link or a special file</source>
        <translation>成员文件 %1 是链接或特殊文件</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="187"/>
        <source>member %1 is compressed %2 times (limit %3; possible zip bomb)</source>
        <translation>成员文件 %1 的压缩比为 %2 倍（上限为 %3；可能是压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="189"/>
        <source>the package would decompress to %1 MB (possible zip bomb)</source>
        <translation>包解压后将达 %1 MB（可能是压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="191"/>
        <source>manifest.json is too large (%1 MB)</source>
        <translation>manifest.json 过大（%1 MB）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="193"/>
        <source>member %1 is not in the manifest</source>
        <translation>成员文件 %1 不在清单中</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="195"/>
        <source>member %1 of the manifest is missing</source>
        <translation>清单中的成员文件 %1 缺失</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="197"/>
        <source>member %1 does not match the manifest (size %2, listed %3; the limit is %4 MB)</source>
        <translation>成员文件 %1 与清单不符（大小为 %2，清单所列为 %3；上限为 %4 MB）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="200"/>
        <source>member %1 does not match the manifest (its SHA-256 differs)</source>
        <translation>成员文件 %1 与清单不符（其 SHA-256 不同）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="202"/>
        <source>the documents take more than %1 MB</source>
        <translation>文档总量超过 %1 MB</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="204"/>
        <source>member %1 could not be unpacked (%2)</source>
        <translation>无法解压成员文件 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="206"/>
        <source>the manifest attaches a document it does not hold (%1)</source>
        <translation>清单附加了包中没有的文档（%1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="208"/>
        <source>document %1 is attached to nothing in the manifest</source>
        <translation>文档 %1 在清单中未附加到任何内容</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="210"/>
        <source>member %1 decompresses to more than it declares (possible zip bomb)</source>
        <translation>成员文件 %1 解压后超过其声明的大小（可能是压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="212"/>
        <source>the package is damaged (member %1 is shorter than declared)</source>
        <translation>包已损坏（成员文件 %1 比声明的短）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="214"/>
        <source>the package is damaged (member %1: %2)</source>
        <translation>包已损坏（成员文件 %1：%2）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="216"/>
        <source>the stored document %1 does not match its SHA-256 (damaged database?); no package written</source>
        <translation>已存储的文档 %1 与其 SHA-256 不符（数据库损坏？）；未写入任何包</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="219"/>
        <source>manifest.json is not valid: version %1 (this application reads version %2)</source>
        <translation>manifest.json 无效：版本 %1（本应用程序读取版本 %2）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="222"/>
        <source>manifest.json is not valid: member %1 is neither workbook.xlsx nor documents/&lt;sha256&gt;.&lt;ext&gt;</source>
        <translation>manifest.json 无效：成员文件 %1 既不是 workbook.xlsx，也不是 documents/&lt;sha256&gt;.&lt;ext&gt;</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="225"/>
        <source>manifest.json is not valid: member %1 is not named by its SHA-256</source>
        <translation>manifest.json 无效：成员文件 %1 未以其 SHA-256 命名</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="227"/>
        <source>manifest.json is not valid: member %1 is not a kind that may be attached</source>
        <translation>manifest.json 无效：成员文件 %1 不属于可附加的类型</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="230"/>
        <source>manifest.json is not valid: member %1 is an empty document (a document attached is never empty)</source>
        <translation>manifest.json 无效：成员 %1 是空文档（附加的文档不会为空）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="233"/>
        <source>manifest.json is not valid: an attachment&apos;s field “%1” is longer than %2 characters</source>
        <translation>manifest.json 无效：某个附件的字段“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="236"/>
        <source>manifest.json is not valid: attachment %1: its time %2 is not a date and time</source>
        <translation>manifest.json 无效：附件 %1：其时间 %2 不是日期和时间</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="239"/>
        <source>manifest.json is not valid: attachment %1 to %2 listed twice</source>
        <translation>manifest.json 无效：附加到 %2 的附件 %1 列出了两次</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="241"/>
        <source>manifest.json is not valid: %1 listed twice</source>
        <translation>manifest.json 无效：%1 列出了两次</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="243"/>
        <source>manifest.json is not valid: attachment %1: %2</source>
        <translation>manifest.json 无效：附件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="246"/>
        <source>the year %1 must be a year from %2 to %3</source>
        <translation>年份 %1 必须在 %2 年至 %3 年之间</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="248"/>
        <source>the amount %1 has decimals: %2 has none</source>
        <translation>金额 %1 含有小数：%2 没有小数单位</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="250"/>
        <source>the amount %1 has more decimals than %2 has (%3)</source>
        <translation>金额 %1 的小数位数多于 %2 的小数位数（%3）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="252"/>
        <source>the amount executed %1 has decimals: %2 has none</source>
        <translation>执行金额 %1 含有小数：%2 没有小数单位</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="254"/>
        <source>the amount executed %1 has more decimals than %2 has (%3)</source>
        <translation>执行金额 %1 的小数位数多于 %2 的小数位数（%3）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="256"/>
        <source>%1 is not an ISO 4217 currency of the country table (for example XOF, EUR or USD)</source>
        <translation>%1 不是国家表中的 ISO 4217 货币（例如 XOF、EUR 或 USD）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="259"/>
        <source>the currency %1 is not an ISO 4217 code (three capital letters, such as XOF or USD)</source>
        <translation>货币 %1 不是 ISO 4217 代码（三个大写字母，例如 XOF 或 USD）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="262"/>
        <source>the amount %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>金额 %1 过大：金额须小于 10000000000000（十万亿）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="265"/>
        <source>the amount executed %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>执行金额 %1 过大：金额须小于 10000000000000（十万亿）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="268"/>
        <source>the amount %1 has %2 decimals: at most %3</source>
        <translation>金额 %1 有 %2 位小数：最多 %3 位</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="270"/>
        <source>the amount executed %1 has %2 decimals: at most %3</source>
        <translation>执行金额 %1 有 %2 位小数：最多 %3 位</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="272"/>
        <source>the amount %1 has more than %2 digits</source>
        <translation>金额 %1 超过 %2 位数字</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="274"/>
        <source>the amount executed %1 has more than %2 digits</source>
        <translation>执行金额 %1 超过 %2 位数字</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="276"/>
        <source>the exchange rate %1 is not a number: write it with a point for decimals, such as 605.25</source>
        <translation>汇率 %1 不是数字：请用小数点表示小数，例如 605.25</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="279"/>
        <source>the exchange rate must be a number above zero, not %1</source>
        <translation>汇率必须是大于零的数字，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="281"/>
        <source>the exchange rate %1 has too many digits: at most %2, %3 of them decimals</source>
        <translation>汇率 %1 位数过多：最多 %2 位，其中小数 %3 位</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="284"/>
        <source>the date of the %1 rate must be a date YYYY-MM-DD, not %2</source>
        <translation>%1 汇率的日期必须是 YYYY-MM-DD 格式的日期，而不是 %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="286"/>
        <source>two exchange rates for %1: keep one</source>
        <translation>%1 有两个汇率：请只保留一个</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="288"/>
        <source>a plan has at most %1 exchange rates</source>
        <translation>一项计划最多有 %1 个汇率</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="290"/>
        <source>the funder&apos;s name is longer than %1 characters (%2)</source>
        <translation>出资方名称超过 %1 个字符（%2）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="292"/>
        <source>the rate&apos;s source is longer than %1 characters (%2)</source>
        <translation>汇率来源超过 %1 个字符（%2）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="293"/>
        <source>cost line %1: %2</source>
        <translation>费用行 %1：%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="298"/>
        <source>the assessment would hold %1 MB of text (answers, comments, evidence, the action plan, review notes), more than a workbook carries (%2 MB): shorten the longest texts or attach long documents as files</source>
        <translation>评估将含有%1 MB文本（答复、评论、证据、行动计划、审核说明），超过工作簿可容纳的%2 MB：请缩短最长的文本，或将长文档作为文件附上</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="301"/>
        <source>nothing imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="304"/>
        <source>the reporting period %1 is not a year such as 2026 or a half-year such as 2026-H1</source>
        <translation>报告期%1既不是年份（如2026），也不是半年（如2026-H1）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="307"/>
        <source>the period %1 is before the plan, which starts in %2</source>
        <translation>期间%1早于计划的起始年份%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="309"/>
        <source>the period %1 has not begun (today is %2)</source>
        <translation>期间%1尚未开始（今天是%2）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="311"/>
        <source>the period %1 is outside the plan&apos;s years (%2–%3)</source>
        <translation>期间%1不在计划年份（%2–%3）之内</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="313"/>
        <source>give the date the value of indicator %1 was measured</source>
        <translation>请填写指标%1数值的测量日期</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="315"/>
        <source>the date of the value of indicator %1 is not a date YYYY-MM-DD: %2</source>
        <translation>指标%1数值的日期不是YYYY-MM-DD格式的日期：%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="317"/>
        <source>the date of the value of indicator %1 (%2) is after today (%3)</source>
        <translation>指标%1数值的日期（%2）晚于今天（%3）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="320"/>
        <source>the value of indicator %1 (%2) is not a number: write digits, such as 42 or 37.5</source>
        <translation>指标%1的数值（%2）不是数字：请输入数字，如42或37.5</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="327"/>
        <source>action %1 has progress recorded for %2: it stays in the plan so that its money stays counted; report it as dropped, with the reason, or remove its progress first</source>
        <translation>行动%1已记录%2的进展：该行动保留在计划中，以便其资金继续计入；请将其报告为已放弃并说明原因，或先删除其进展</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="333"/>
        <source>cost line %1 of action %2 (%3, %4) holds money recorded for %5: it keeps its place, year, currency and funder (change its amount, or add a new line after it)</source>
        <translation>行动%2的成本项%1（%3，%4）载有%5记录的资金：该项须保留其位置、年份、货币和出资方（可修改其金额，或在其后添加新项）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="338"/>
        <source>the title is longer than %1 characters (%2): shorten it</source>
        <translation>标题超过%1个字符（%2）：请缩短</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="340"/>
        <source>%1 already has an assessment for round %2 (%4): open it, or choose another round</source>
        <translation>%1已有第%2轮的评估（%4）：请打开它，或选择其他轮次</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="394"/>
        <source>(other problems: %1)</source>
        <translation>（其他问题：%1个）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="411"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="71"/>
        <source>is the database or one of its files; it is never attached as a document</source>
        <translation>是数据库或其文件之一；此类文件绝不作为文档附加</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="73"/>
        <source>is a backup of the database; it is never attached as a document</source>
        <translation>是数据库的备份；备份绝不作为文档附加</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="402"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="403"/>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="404"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="405"/>
        <source>Open the selected assessment (home)</source>
        <translation>打开所选评估（主页）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="406"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="407"/>
        <source>Assessment details: title, round, country</source>
        <translation>评估详情：标题、轮次、国家</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="408"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="409"/>
        <source>Close the assessment, back to the list</source>
        <translation>关闭评估，返回列表</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="410"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="411"/>
        <source>Undo the last answer</source>
        <translation>撤销上一个答复</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="412"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="413"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="414"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="415"/>
        <source>Find in questions, ids and comments</source>
        <translation>在问题、编号和评论中查找</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="416"/>
        <source>F3 / Shift+F3</source>
        <translation>F3 / Shift+F3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="417"/>
        <source>Next / previous match</source>
        <translation>下一个／上一个匹配项</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="418"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="419"/>
        <source>Next unanswered item</source>
        <translation>下一个未答问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="420"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="421"/>
        <source>Previous unanswered item</source>
        <translation>上一个未答问题</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="422"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="423"/>
        <source>Review the current answer (a question, a grid row, a matrix cell)</source>
        <translation>审核当前答复（一个问题、表格的一行或矩阵的一个单元格）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="424"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="425"/>
        <source>History of the current answer: who, when, restore a value</source>
        <translation>当前答复的历史：由谁、何时，恢复某个值</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="426"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="427"/>
        <source>Next answer not reviewed</source>
        <translation>下一个未审核的答复</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="428"/>
        <source>Ctrl+1 / 2 / 3</source>
        <translation>Ctrl+1 / 2 / 3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="429"/>
        <source>Questions / Matrix / Dashboard</source>
        <translation>问题／矩阵／仪表板</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="430"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="431"/>
        <source>Focus the navigator</source>
        <translation>转到导航栏</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="432"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="433"/>
        <source>Next questionnaire language</source>
        <translation>下一种问卷语言</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="434"/>
        <source>Alt+Down / Alt+Up</source>
        <translation>Alt+↓ / Alt+↑</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="435"/>
        <source>Next / previous section</source>
        <translation>下一领域／上一领域</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="436"/>
        <source>Enter (matrix)</source>
        <translation>Enter（矩阵）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="437"/>
        <source>Edit the current cell&apos;s fields</source>
        <translation>编辑当前单元格的字段</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="438"/>
        <source>Esc (matrix panel)</source>
        <translation>Esc（矩阵面板）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="439"/>
        <source>Back to the grid</source>
        <translation>返回网格</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="440"/>
        <source>F4 (grid)</source>
        <translation>F4（表格）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="441"/>
        <source>Open a cell&apos;s list or calendar</source>
        <translation>打开单元格的列表或日历</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="442"/>
        <source>Delete (grid)</source>
        <translation>Delete（网格）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="443"/>
        <source>Clear a cell</source>
        <translation>清除单元格</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="444"/>
        <source>Shift+F10 (grid)</source>
        <translation>Shift+F10（网格）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="445"/>
        <source>Don&apos;t know / not applicable / clear</source>
        <translation>不知道／不适用／清除</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="446"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="447"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="448"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="449"/>
        <source>Export the workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="450"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="451"/>
        <source>PDF report</source>
        <translation>PDF报告</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="452"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="453"/>
        <source>Help (offline)</source>
        <translation>帮助（离线）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="454"/>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="455"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="462"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="464"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="464"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="35"/>
        <source>Completeness: %1 of the primary questions answered or not applicable, weighted by section (the method asks at least %2).</source>
        <translation>完整性：已回答或不适用的主要问题占%1（按领域权重加权；方法要求至少%2）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="38"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="57"/>
        <source>Open follow-ups: %1.</source>
        <translation>审核中标为需跟进的答复：%1。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="39"/>
        <source>Answers not reviewed: %1 of %2.</source>
        <translation>未审核的答复：%2个中的%1个。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="41"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="58"/>
        <source>Disputed answers: %1.</source>
        <translation>有争议的答复：%1。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="42"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="59"/>
        <source>Answers citing a document that is not attached: %1.</source>
        <translation>引用了未附文档的答复：%1。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="45"/>
        <source>The score is provisional: too little is known for a band.</source>
        <translation>得分为暂定：已知信息太少，无法确定等级。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="47"/>
        <source>The supervisor has not signed the reviews off (Edit ▸ Sign off the reviews).</source>
        <translation>主管尚未签核审核结果（编辑 ▸ 签核审核结果）。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="54"/>
        <source>Answers reviewed: %1 of %2.</source>
        <translation>已审核的答复：%1/%2。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="66"/>
        <source>The reviews cannot be signed off yet: review every answer (F8 goes to the next one) and settle every follow-up first.</source>
        <translation>尚不能签核审核结果：请先审核每一项答复（F8转到下一项），并处理完所有需跟进的答复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="68"/>
        <source>The reviews can be signed off. Disputed answers and missing documents are written into the record and printed on the report&apos;s cover.</source>
        <translation>可以签核审核结果。有争议的答复和缺失的文档将记入记录，并印在报告封面上。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="74"/>
        <source>Reviews signed off by %1 (%2) on %3.</source>
        <translation>审核结果已由%1（%2）于%3签核。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="82"/>
        <source>It cannot be validated yet: bring completeness up to the threshold and settle every follow-up first.</source>
        <translation>尚不能核准：请先使完整性达到阈值，并处理完审核中所有需跟进的答复。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="85"/>
        <source>It can be validated. What stands open above is written into the validation&apos;s record and printed under the validation on the report&apos;s cover.</source>
        <translation>可以核准。上述尚未解决的事项将写入核准记录，并印在报告封面的核准信息下方。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="88"/>
        <source>It can be validated: nothing stands open.</source>
        <translation>可以核准：没有尚未解决的事项。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="94"/>
        <source>Validated for the national statistics office by %1 (%2, %3) on %4.</source>
        <translation>已由%1（%2，%3）于%4代表国家统计局核准。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="163"/>
        <source>&amp;Validate</source>
        <translation>核准(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="165"/>
        <source>Validate for the national statistics office</source>
        <translation>代表国家统计局核准</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="167"/>
        <source>Record who validates this assessment for the national statistics office. It becomes final: read-only until it is reopened, with a reason. The validation is printed on the report&apos;s cover and carried in the workbook.</source>
        <translation>记录代表国家统计局核准本评估的人员。核准后评估即为定稿：在说明理由重新打开之前为只读。核准信息印在报告封面上，并随工作簿一并提供。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="184"/>
        <source>e.g. Director-General</source>
        <translation>例如：局长</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="190"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="254"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="191"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="255"/>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="192"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="256"/>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="193"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="257"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="220"/>
        <source>Give the name, position and institution of the person who validates, and the date.</source>
        <translation>请填写核准人的姓名、职务和机构以及日期。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="229"/>
        <source>&amp;Sign off</source>
        <translation>签核(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="231"/>
        <source>Sign off the reviews</source>
        <translation>签核审核结果</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="232"/>
        <source>The mission&apos;s supervisor certifies that every answer was reviewed. This is not the national statistics office&apos;s validation, which comes after it. The supervisor is named here; the laptop&apos;s operator is recorded as who entered it.</source>
        <translation>评估团主管确认每一项答复均已审核。这不是国家统计局的核准，核准在其后进行。此处填写主管的姓名；本机操作员记录为录入人。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="247"/>
        <source>e.g. Mission supervisor</source>
        <translation>例如：评估团主管</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="250"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="281"/>
        <source>Give the supervisor&apos;s name and position, and the date.</source>
        <translation>请填写主管的姓名和职务以及日期。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="288"/>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="290"/>
        <source>Reopen the assessment</source>
        <translation>重新打开评估</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="296"/>
        <source>Reopening withdraws the validation: the report&apos;s cover and the workbook will say it was withdrawn, when, by whom and why, and list the answers changed afterwards. It can be validated again once the changes are made.</source>
        <translation>重新开启将撤回核准：报告封面和工作簿将注明核准已撤回、撤回时间、撤回人及原因，并列出此后更改的答复。完成更改后可再次核准。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="303"/>
        <source>It withdraws the supervisor&apos;s review sign-off too: the reviews are signed off again before the next validation.</source>
        <translation>这也会撤回主管对审核结果的签核：下一次核准之前须重新签核审核结果。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="309"/>
        <source>This assessment is final. Say why it is reopened: the rea&amp;son is recorded with your name and the time.</source>
        <translation>本评估已定稿。请说明重新打开的理由(&amp;S)：理由将与您的姓名和时间一并记录。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="333"/>
        <source>Say why the assessment is reopened: a reason is required.</source>
        <translation>请说明重新打开评估的理由：理由为必填项。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="342"/>
        <source>This assessment is already final: reopen it (Status), with a reason, to validate it again.</source>
        <translation>本评估已是定稿：请在“状态”中说明理由后重新打开，才能再次核准。</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="361"/>
        <source>This assessment is final: the reviews are signed off before the validation. Reopen it (Status), with a reason, to sign them off again.</source>
        <translation>此评估已定稿：审核结果须在核准之前签核。如需重新签核，请说明理由后重新打开（状态）。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="149"/>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="150"/>
        <source>{error}

Restore the newest good backup?
{backup}

The damaged file is kept next to it with the suffix .damaged.</source>
        <translation>{error}

是否恢复最新的完好备份？
{backup}

已损坏的文件以.damaged为后缀保留在其旁边。</translation>
    </message>
</context>
<context>
    <name>StatusControl</name>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="49"/>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="52"/>
        <source>Status of the assessment</source>
        <translation>评估状态</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../capacity_app/gui/tasks.py" line="251"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/tasks.py" line="260"/>
        <source>Progress of %s</source>
        <translation>%s进度</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../capacity_app/gui/widgets/unsaved.py" line="25"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/unsaved.py" line="29"/>
        <source>Save it before going on?</source>
        <translation>继续之前先保存吗？</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/unsaved.py" line="30"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/unsaved.py" line="31"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/unsaved.py" line="32"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="53"/>
        <source>the data folder cannot be written (it is read-only, or on a read-only drive)</source>
        <translation>无法写入数据文件夹（该文件夹为只读，或位于只读驱动器上）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="55"/>
        <source>the disk is full (free some space)</source>
        <translation>磁盘已满（请释放一些空间）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="56"/>
        <source>another program is using the database</source>
        <translation>另一个程序正在使用数据库</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="57"/>
        <source>the disk could not be written (was the drive removed?)</source>
        <translation>无法写入磁盘（驱动器是否已被移除？）</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="58"/>
        <source>the database is closed</source>
        <translation>数据库已关闭</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="60"/>
        <source>the database could not be written</source>
        <translation>无法写入数据库</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="403"/>
        <source>A year from %d to %d</source>
        <translation>%d至%d之间的年份</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="271"/>
        <source>The data folder cannot be used</source>
        <translation>无法使用数据文件夹</translation>
    </message>
</context>
</TS>
