<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Generated from resources/i18n/window.zh.yaml by tools/translations.py release: edit the catalogue, not this file. -->
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>user interface</source>
        <translation>用户界面</translation>
    </message>
    <message>
        <source>language runtime</source>
        <translation>语言运行环境</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>PDF reports</source>
        <translation>PDF报告</translation>
    </message>
    <message>
        <source>report templates</source>
        <translation>报告模板</translation>
    </message>
    <message>
        <source>Excel workbooks (writing)</source>
        <translation>Excel工作簿（写入）</translation>
    </message>
    <message>
        <source>report charts</source>
        <translation>报告图表</translation>
    </message>
    <message>
        <source>questionnaire files</source>
        <translation>问卷文件</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>dates and numbers in the application&apos;s languages (%1)</source>
        <translation>本应用各语言的日期和数字（%1）</translation>
    </message>
    <message>
        <source>country and region names and codes in the six official UN languages, currencies, LDC, LLDC and SIDS lists (resources/data/m49.SOURCE.md)</source>
        <translation>联合国六种正式语文的国家和地区名称及代码、货币、最不发达国家、内陆发展中国家和小岛屿发展中国家名单（resources/data/m49.SOURCE.md）</translation>
    </message>
    <message>
        <source>the report&apos;s font</source>
        <translation>报告字体</translation>
    </message>
    <message>
        <source>Arabic, Chinese, Japanese and Korean in the reports and the window</source>
        <translation>报告和窗口中的阿拉伯文、中文、日文和韩文</translation>
    </message>
    <message>
        <source>%1: translation reviewed by %2, %3</source>
        <translation>%1：译文已由%2审校，%3</translation>
    </message>
    <message>
        <source>%1: a first translation, to be reviewed by a United Nations translator</source>
        <translation>%1：初译稿，尚待联合国笔译员审校</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>移徙数据能力评估</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>版本%s</translation>
    </message>
    <message>
        <source>Questionnaire version %s</source>
        <translation>问卷版本%s</translation>
    </message>
    <message>
        <source>Data folder: %s</source>
        <translation>数据文件夹：%s</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>数据库：%s</translation>
    </message>
    <message>
        <source>Built on the UNSD toolkit to assess national migration data capacity (2018). Works offline: it never uses the network.</source>
        <translation>根据联合国统计司评估国家移徙数据能力的工具包（2018年）开发。离线运行：从不使用网络。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>What the application ships, and under which licence</source>
        <translation>本应用程序包含的组件及其许可证</translation>
    </message>
</context>
<context>
    <name>AchievedDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>What the earlier plan achieved</source>
        <translation>上一计划取得的成果</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The earlier plan&apos;s actions and the gaps they targeted</source>
        <translation>上一计划的行动及其针对的差距</translation>
    </message>
    <message>
        <source>The plan of round %1: each action&apos;s outcome, and under it the gaps it targeted, their gap then and now (0 none, 3 the largest).</source>
        <translation>%1年轮次的计划：每项行动的结果，其下列出该行动针对的差距及其当时和现在的大小（0表示无差距，3表示最大差距）。</translation>
    </message>
    <message>
        <source>no progress report</source>
        <translation>无进展报告</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未计分</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>action %s</source>
        <translation>行动%s</translation>
    </message>
    <message>
        <source>removing action %s</source>
        <translation>删除行动%s</translation>
    </message>
    <message>
        <source>new action %s</source>
        <translation>新行动%s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation>预算(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>新行动(&amp;N)</translation>
    </message>
    <message>
        <source>Add an action by hand (Insert in the table)</source>
        <translation>手动添加行动（在表格中按Insert）</translation>
    </message>
    <message>
        <source>Draft from &amp;recommendations</source>
        <translation>根据建议起草(&amp;R)</translation>
    </message>
    <message>
        <source>Add an action for each recommendation of the scoring that the plan does not have yet</source>
        <translation>为计划中尚未包含的每项评分建议添加一项行动</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up in the table</source>
        <translation>在表格中按Ctrl+Shift+↑</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down in the table</source>
        <translation>在表格中按Ctrl+Shift+↓</translation>
    </message>
    <message>
        <source>Responsible institutions:</source>
        <translation>负责机构：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Resources or technical assistance:</source>
        <translation>资源或技术援助：</translation>
    </message>
    <message>
        <source>Milestone or indicator of success:</source>
        <translation>里程碑或成功指标：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Policy questions:</source>
        <translation>政策问题：</translation>
    </message>
    <message>
        <source>National strategy ob&amp;jective (NSDS):</source>
        <translation>国家统计发展战略目标(&amp;J)：</translation>
    </message>
    <message>
        <source>Cost lines:</source>
        <translation>费用明细：</translation>
    </message>
    <message>
        <source>A quarter (%1) or a date (%2)</source>
        <translation>季度（%1）或日期（%2）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>What the country will do about the gaps: who owns each action, by when, at what cost and funded by whom. Draft the actions from the recommendations, tick the few priority actions, cost them, then record the government&apos;s validation. Every change is saved at once; Ctrl+Z undoes it.</source>
        <translation>国家将如何弥补差距：每项行动由谁负责、何时完成、费用多少、由谁出资。先根据建议起草行动，勾选少数优先行动，估算其费用，然后记录政府的审定。每项修改都会立即保存；按Ctrl+Z可撤销。</translation>
    </message>
    <message>
        <source>Currenc&amp;y…</source>
        <translation>货币(&amp;Y)…</translation>
    </message>
    <message>
        <source>Re&amp;sults chain…</source>
        <translation>成果链(&amp;S)…</translation>
    </message>
    <message>
        <source>Fund&amp;ing request…</source>
        <translation>供资申请(&amp;I)…</translation>
    </message>
    <message>
        <source>Funding request f&amp;or a partner…</source>
        <translation>向伙伴提出的供资申请(&amp;O)…</translation>
    </message>
    <message>
        <source>The plan&apos;s currency and its exchange rates to the US dollar</source>
        <translation>计划所用货币及其对美元的汇率</translation>
    </message>
    <message>
        <source>The cost by year, institution and funding source, and the financing gap</source>
        <translation>按年份、机构和资金来源分列的费用，以及资金缺口</translation>
    </message>
    <message>
        <source>What the previous round&apos;s plan achieved, beside the gaps it targeted and their scores now</source>
        <translation>上一轮次计划取得的成果，以及其针对的差距和这些差距目前的得分</translation>
    </message>
    <message>
        <source>The plan followed after its funding: each action&apos;s status, reason and money per reporting period (never amends the validated plan)</source>
        <translation>计划获得资金后的跟踪：按报告期列出每项行动的状态、原因和资金（绝不改动已审定的计划）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>A cost line: year, amount, funding source (Insert in the list)</source>
        <translation>一条费用明细：年份、金额、资金来源（在列表中按Insert）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected cost line (Enter in the list)</source>
        <translation>编辑所选费用明细（在列表中按Enter）</translation>
    </message>
    <message>
        <source>Remove the selected cost line (Delete in the list)</source>
        <translation>删除所选费用明细（在列表中按Delete）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>Cost lines of the action</source>
        <translation>该行动的费用明细</translation>
    </message>
    <message>
        <source>Priority action (plan at a glance)</source>
        <translation>优先行动（计划概览）</translation>
    </message>
    <message>
        <source>One of the few actions the government chose: at most %d, shown on the report&apos;s one-page plan at a glance</source>
        <translation>政府选定的少数行动之一：至多%d项，列入报告中一页篇幅的计划概览</translation>
    </message>
    <message>
        <source>e.g. NSDS 2025-2029, objective 3.2</source>
        <translation>例如：国家统计发展战略2025-2029年，目标3.2</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete in the table)</source>
        <translation>删除所选行动（在表格中按Delete）</translation>
    </message>
    <message>
        <source>Attach do&amp;cument…</source>
        <translation>附加文档(&amp;C)…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>计划中的行动</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Results framework: indicator:</source>
        <translation>成果框架：指标：</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <source>Means of verification:</source>
        <translation>核实手段：</translation>
    </message>
    <message>
        <source>Risks and assumptions:</source>
        <translation>风险和假设：</translation>
    </message>
    <message>
        <source>SDG target:</source>
        <translation>可持续发展目标具体目标：</translation>
    </message>
    <message>
        <source>e.g. 17.18</source>
        <translation>例如 17.18</translation>
    </message>
    <message>
        <source>The SDG target the action serves: goal, a point, the target&apos;s number or letter</source>
        <translation>该行动服务的可持续发展目标具体目标：目标编号、一个点、具体目标的编号或字母</translation>
    </message>
    <message>
        <source>The indicator&apos;s value now, with its year</source>
        <translation>指标的当前值及其年份</translation>
    </message>
    <message>
        <source>The value to reach, with its year</source>
        <translation>要达到的值及其年份</translation>
    </message>
    <message>
        <source>end:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>每行一个机构</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Letters, e.g. A, C</source>
        <translation>字母，例如A、C</translation>
    </message>
    <message>
        <source>No actions yet: draft them from the recommendations, or add one.</source>
        <translation>尚无行动：可根据建议起草，或手动添加一项。</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>进展(&amp;G)…</translation>
    </message>
    <message>
        <source>Earlier p&amp;lan…</source>
        <translation>上一计划(&amp;L)…</translation>
    </message>
    <message>
        <source>Add from the assessment:</source>
        <translation>从评估中添加：</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>前置行动：</translation>
    </message>
    <message>
        <source>(choose an institution)</source>
        <translation>（选择一个机构）</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责机构）</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>需要做什么</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>时间表</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>results framework</source>
        <translation>成果框架</translation>
    </message>
    <message>
        <source>risks and assumptions</source>
        <translation>风险和假设</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <source>dependencies on other actions</source>
        <translation>对其他行动的依赖</translation>
    </message>
    <message>
        <source>cost categories</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>cost bases</source>
        <translation>费用计算依据</translation>
    </message>
    <message>
        <source>sustainability</source>
        <translation>可持续性</translation>
    </message>
    <message>
        <source>Added after the validation</source>
        <translation>审定后新增</translation>
    </message>
    <message>
        <source>Changed after the validation: %s</source>
        <translation>审定后%s有改动</translation>
    </message>
    <message>
        <source>Proposed plan: not validated yet. When the government has approved it, record the validation.</source>
        <translation>拟议计划：尚未审定。政府审定后，请记录审定情况。</translation>
    </message>
    <message>
        <source>Validated on %1 (%2), approved by %3, %4.</source>
        <translation>已于%1在%2上审定，由%3（%4）批准。</translation>
    </message>
    <message>
        <source>Changed since (✎): %s.</source>
        <translation>审定后有改动的行动（✎）：%s项。</translation>
    </message>
    <message>
        <source>Priority actions: %1 of at most %2.</source>
        <translation>优先行动：%1项，至多%2项。</translation>
    </message>
    <message>
        <source>V&amp;alidation…</source>
        <translation>审定(&amp;A)…</translation>
    </message>
    <message>
        <source>Record the v&amp;alidation…</source>
        <translation>记录审定(&amp;A)…</translation>
    </message>
    <message>
        <source>Date, event, institutions present, approved by (name and position)</source>
        <translation>日期、活动、出席机构、批准人（姓名和职务）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>Plan currency: %s.</source>
        <translation>计划货币：%s。</translation>
    </message>
    <message>
        <source>Drafted from the recommendation %s.</source>
        <translation>根据建议%s起草。</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>手动添加。</translation>
    </message>
    <message>
        <source>Not a quarter or a date: “%1”. Type, for example, %2 or %3.</source>
        <translation>不是季度或日期：“%1”。请输入例如%2或%3。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新行动</translation>
    </message>
    <message>
        <source>Every recommendation of the scoring is already in the plan.</source>
        <translation>评分提出的每项建议均已列入计划。</translation>
    </message>
    <message numerus="yes">
        <source>drafting %n action(s)</source>
        <translation>
            <numerusform>正在起草%n项行动</numerusform>
        </translation>
    </message>
    <message>
        <source>moving action %s</source>
        <translation>移动行动%s</translation>
    </message>
    <message>
        <source>The overall objective, the outcomes, their indicators with yearly targets, and the outcome each action serves</source>
        <translation>总体目标、各项成果及其指标和年度目标值，以及每项行动所服务的成果</translation>
    </message>
    <message>
        <source>Who commits the national budget&apos;s part and who signs the request</source>
        <translation>由谁承诺国家预算承担的部分，由谁签署申请</translation>
    </message>
    <message>
        <source>The funding request for one development partner, as PDF or Word</source>
        <translation>向一个发展伙伴提出的供资申请，PDF或Word格式</translation>
    </message>
</context>
<context>
    <name>AggregationDialog</name>
    <message>
        <source>Aggregate country workbooks</source>
        <translation>汇总各国工作簿</translation>
    </message>
    <message>
        <source>Drop exported workbooks or folders here, or add them:</source>
        <translation>将导出的工作簿或文件夹拖放到此处，或添加：</translation>
    </message>
    <message>
        <source>Workbooks and folders to aggregate</source>
        <translation>待汇总的工作簿和文件夹</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>检查文件(&amp;C)</translation>
    </message>
    <message>
        <source>Read the files without writing anything: which would be rejected, superseded or in conflict, and why</source>
        <translation>读取文件而不写入任何内容：哪些文件将被拒绝、被取代或存在冲突，以及原因</translation>
    </message>
    <message>
        <source>Files not used, with the reason</source>
        <translation>未使用的文件及原因</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>the latest round of each country</source>
        <translation>每个国家的最近一轮</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Final assessments only (drafts and assessments in progress left out)</source>
        <translation>仅限定稿评估（不含草稿和进行中的评估）(&amp;F)</translation>
    </message>
    <message>
        <source>the latest year reported (a year, 2026, or a half-year, 2026-H1)</source>
        <translation>报告的最近年份（年份如2026，或半年如2026-H1）</translation>
    </message>
    <message>
        <source>Implementation p&amp;eriod:</source>
        <translation>执行期间(&amp;E)：</translation>
    </message>
    <message>
        <source>UN M49 list (53 countries and areas)</source>
        <translation>联合国M49名单（53个国家和地区）</translation>
    </message>
    <message>
        <source>UN-OHRLLS list</source>
        <translation>高级代表办事处（UN-OHRLLS）名单</translation>
    </message>
    <message>
        <source>SIDS &amp;list:</source>
        <translation>小岛屿发展中国家名单(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>标签语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Also write the &amp;PDF summary (next to the workbook)</source>
        <translation>同时写出PDF摘要（与工作簿放在一起）(&amp;P)</translation>
    </message>
    <message>
        <source>Also write the analyst&apos;s files: CSV with a data dictionary, &amp;Stata and SPSS (a folder next to the workbook)</source>
        <translation>同时写出分析人员所用文件：附数据字典的CSV、Stata和SPSS文件（与工作簿放在同一文件夹中）(&amp;S)</translation>
    </message>
    <message>
        <source>Output workbook</source>
        <translation>输出工作簿</translation>
    </message>
    <message>
        <source>aggregate.xlsx</source>
        <translation>aggregate.xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Checking the workbooks</source>
        <translation>正在检查工作簿</translation>
    </message>
    <message>
        <source>The files could not be checked: %1</source>
        <translation>无法检查文件：%1</translation>
    </message>
    <message>
        <source>Tick the assessment to use for this country and round</source>
        <translation>勾选该国家和轮次要使用的评估</translation>
    </message>
    <message>
        <source>%1 workbooks used, %2 superseded, %3 rejected, %4 in conflict; %5 countries in the roll-ups.</source>
        <translation>使用了%1个工作簿，%2个被取代，%3个被拒绝，%4个存在冲突；汇总涵盖%5个国家。</translation>
    </message>
    <message>
        <source>Tick one file of each conflict to use it, then check again or aggregate.</source>
        <translation>在每组冲突中勾选一个要使用的文件，然后重新检查或汇总。</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder of workbooks</source>
        <translation>工作簿文件夹</translation>
    </message>
    <message>
        <source>Add at least one workbook or folder.</source>
        <translation>请至少添加一个工作簿或文件夹。</translation>
    </message>
    <message>
        <source>&amp;Include provisional scores (no band: completeness below 80 % or no valid reference date); the roll-ups say how many</source>
        <translation>包括暂定分数(&amp;I)（无等级：完整性低于80%或无有效参考日期）；汇总注明其数量</translation>
    </message>
    <message>
        <source>Choose where to write the aggregate workbook.</source>
        <translation>请选择汇总工作簿的保存位置。</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <source>answer %s</source>
        <translation>答复%s</translation>
    </message>
</context>
<context>
    <name>ArchivedDialog</name>
    <message>
        <source>Archived answers</source>
        <translation>已归档的答复</translation>
    </message>
    <message>
        <source>Answers to questions this questionnaire version no longer asks: kept in the assessment as they were given, exported on the workbook&apos;s Archived answers sheet and printed in the report&apos;s annex. They are not scored.</source>
        <translation>本版问卷已不再提出的问题的答复：按原样保存在评估中，导出到工作簿的 Archived answers 工作表，并打印在报告附件中。这些答复不计分。</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>Asked in version</source>
        <translation>提问的版本</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Archived answers, in the order archived</source>
        <translation>已归档的答复，按归档顺序排列</translation>
    </message>
    <message>
        <source>No answer is archived: every answer has its question in this questionnaire version.</source>
        <translation>没有已归档的答复：每个答复的问题都在本版问卷中。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <source>Details of %1 %2</source>
        <translation>%1 %2 的详情</translation>
    </message>
    <message>
        <source>empty: made from the country and round</source>
        <translation>留空：由国家和轮次生成</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>轮次（年份）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>The mission&apos;s dates and the institutions met are the answers of section S0 (Mission and respondents): correct them there.</source>
        <translation>访问日期和所访机构是S0领域（评估团访问和答复人）的答复：请在那里更正。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The assessment&apos;s details typed are not saved.</source>
        <translation>输入的评估详情尚未保存。</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1/%2 个字符</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>详情已保存。</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <source>Not saved: %s. What you entered is kept here; try again when this is fixed.</source>
        <translation>未保存：%s。您输入的内容仍保留在此处；问题解决后请重试。</translation>
    </message>
    <message>
        <source>the database is damaged (it is open read-only): nothing can be changed until the last good backup is restored</source>
        <translation>数据库已损坏（以只读方式打开）：在恢复最近一个完好的备份之前无法更改任何内容</translation>
    </message>
    <message>
        <source>the database cannot be written (it is open read-only): nothing can be changed</source>
        <translation>无法写入数据库（以只读方式打开）：不能作任何更改</translation>
    </message>
    <message>
        <source>this assessment was validated for the national statistics office by %1 (%2, %3) on %4: reopen it, with a reason, to change it</source>
        <translation>本评估已由%1（%2，%3）于%4代表国家统计局核准：如需修改，请说明理由后重新打开</translation>
    </message>
    <message>
        <source>this assessment is final: set its status back to “In progress” to change it</source>
        <translation>此评估已定稿：如需更改，请将其状态改回“进行中”</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Draft: the mission has started; the report is marked DRAFT.</source>
        <translation>草稿：评估团访问已开始；报告标有“草稿”字样。</translation>
    </message>
    <message>
        <source>In progress: answers are being collected and checked; the report is marked DRAFT.</source>
        <translation>进行中：正在收集和核对答复；报告标有“草稿”字样。</translation>
    </message>
    <message>
        <source>Final: the answers, comments, evidence and action plan are read-only until the status is set back to In progress; the report no longer carries the DRAFT mark.</source>
        <translation>定稿：答复、评论、证据和行动计划均为只读，直至状态改回“进行中”；报告不再标有“草稿”字样。</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Questions listed</source>
        <translation>列出的问题</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>所有问题</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Follow-up or disputed</source>
        <translation>需跟进或有争议</translation>
    </message>
    <message>
        <source>Questionnaire navigator</source>
        <translation>问卷导航栏</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>行动计划(&amp;P)</translation>
    </message>
</context>
<context>
    <name>CarriedAssessments</name>
    <message>
        <source>Assessment %1 (%2 %3) stays on questionnaire %4: it could not be carried to %5 here (%6).</source>
        <translation>评估 %1（%2 %3）仍使用问卷 %4：无法在此转入问卷 %5（%6）。</translation>
    </message>
    <message>
        <source>Assessment %1 (%2 %3) moved from questionnaire %4 to %5. Answers to questions %5 no longer asks, archived (kept in the assessment, listed by Edit ▸ Archived answers, exported on its workbook&apos;s Archived answers sheet): %6 (%7).</source>
        <translation>评估 %1（%2 %3）已从问卷 %4 转入问卷 %5。%5 不再提出的问题的答复已归档（保留在评估中，可通过“编辑 ▸ 已归档的答复”查看，并导出到其工作簿的 Archived answers 工作表）：%6（%7）。</translation>
    </message>
    <message>
        <source>Stopped: the assessments not yet moved stay on the earlier questionnaire; the next start of the application moves them.</source>
        <translation>已停止：尚未转入的评估仍保留在早期问卷中，将在下次启动应用程序时转入。</translation>
    </message>
    <message>
        <source>Moving assessments to questionnaire %1</source>
        <translation>正在将评估转入问卷 %1</translation>
    </message>
    <message>
        <source>Assessments moved to questionnaire %1: %2.</source>
        <translation>已转入问卷 %1 的评估：%2。</translation>
    </message>
    <message>
        <source>Assessments of an earlier questionnaire</source>
        <translation>早期问卷的评估</translation>
    </message>
    <message>
        <source>Archived answers to questions an earlier questionnaire asked are on the workbook&apos;s Archived answers sheet, not among its answers: %1 (%2).</source>
        <translation>对早期问卷所提问题的已归档答复位于工作簿的 Archived answers 工作表，而不在其答复之中：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Variables this question needs: %s</source>
        <translation>本问题所需变量：%s</translation>
    </message>
    <message>
        <source>● main source</source>
        <translation>● 主要来源</translation>
    </message>
    <message>
        <source>○ supporting source</source>
        <translation>○ 辅助来源</translation>
    </message>
    <message>
        <source>not an expected source (may still be used)</source>
        <translation>非预期来源（仍可使用）</translation>
    </message>
    <message>
        <source>Derived level: %s of 3</source>
        <translation>推算级别：%s（满分3）</translation>
    </message>
    <message>
        <source>Derived level: shown when scoring is available</source>
        <translation>推算级别：可评分时显示</translation>
    </message>
    <message>
        <source>Derived level: not yet (answer &apos;exists&apos; first)</source>
        <translation>推算级别：尚无（请先答复“是否存在”）</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <source>Comment (who said what, caveats, follow-up)</source>
        <translation>评论（谁说了什么、注意事项、后续跟进）</translation>
    </message>
    <message>
        <source>Comment on %s</source>
        <translation>对%s的评论</translation>
    </message>
    <message>
        <source>Evidence for %s</source>
        <translation>%s的证据</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Document title, web address or institution</source>
        <translation>文档标题、网址或机构</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>证据内容</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove selected evidence</source>
        <translation>移除所选证据</translation>
    </message>
    <message>
        <source>“%1” is not added yet: Enter in its field or Add evidence adds it.</source>
        <translation>“%1”尚未添加：在其字段中按Enter或点击“添加证据”即可添加。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Changes between the two rounds</source>
        <translation>两轮之间的变化</translation>
    </message>
    <message>
        <source>No change between the two rounds.</source>
        <translation>两轮之间没有变化。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>比较轮次</translation>
    </message>
    <message>
        <source>The rounds cannot be compared.</source>
        <translation>无法比较这两轮。</translation>
    </message>
    <message>
        <source>Compare rounds %1 and %2</source>
        <translation>比较第%1轮和第%2轮</translation>
    </message>
    <message>
        <source>Round %1 (reference date %2) → round %3 (reference date %4)</source>
        <translation>第%1轮（参考日期%2）→ 第%3轮（参考日期%4）</translation>
    </message>
    <message>
        <source>Both rounds are scored now under the current scoring rules (version %s), so the changes come from the answers only.</source>
        <translation>两轮现均按现行评分规则（版本%s）评分，因此变化仅来自答复。</translation>
    </message>
    <message>
        <source>Overall score: %1 → %2 (%3)</source>
        <translation>总分：%1 → %2（%3）</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化情况</translation>
    </message>
    <message>
        <source>Round %s</source>
        <translation>第%s轮</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>改进</translation>
    </message>
    <message>
        <source>Regressions</source>
        <translation>倒退</translation>
    </message>
    <message>
        <source>Section %s</source>
        <translation>领域%s</translation>
    </message>
    <message>
        <source>Policy question %s</source>
        <translation>政策问题%s</translation>
    </message>
    <message>
        <source>availability %1, gap %2</source>
        <translation>可得性%1，差距%2</translation>
    </message>
    <message>
        <source>Matrix %1 × %2</source>
        <translation>矩阵%1 × %2</translation>
    </message>
    <message>
        <source>level %s</source>
        <translation>级别%s</translation>
    </message>
    <message>
        <source>Done since round %s: %s</source>
        <translation>自第%s轮以来已完成：%s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped since round %s: %s</source>
        <translation>自第%s轮以来已放弃：%s</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Late (end passed) since round %s: %s</source>
        <translation>自第%s轮以来逾期（已过结束日期）：%s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Cost executed against cost planned, on the lines with spending entered</source>
        <translation>已录入支出的费用明细中，实际执行费用与计划费用之比</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or ISO code</source>
        <translation>输入国家名称或ISO代码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>CrossCountryView</name>
    <message>
        <source>Cross-country view</source>
        <translation>跨国视图</translation>
    </message>
    <message>
        <source>&amp;Open folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>No folder open.</source>
        <translation>未打开文件夹。</translation>
    </message>
    <message>
        <source>Show countries of</source>
        <translation>按区域或组别显示国家</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Countries and the availability of data by policy question</source>
        <translation>各国及按政策问题分列的数据可得性</translation>
    </message>
    <message>
        <source>Country detail</source>
        <translation>国家详情</translation>
    </message>
    <message>
        <source>Select a country to see its detail.</source>
        <translation>选择一个国家查看详情。</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>导出工作簿(&amp;W)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Folder of country workbooks</source>
        <translation>各国工作簿所在文件夹</translation>
    </message>
    <message>
        <source>Reading the workbooks…</source>
        <translation>正在读取工作簿…</translation>
    </message>
    <message>
        <source>Reading country workbooks</source>
        <translation>正在读取各国工作簿</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>读取已取消。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>谨慎解读</translation>
    </message>
    <message>
        <source>edited after export</source>
        <translation>导出后经过编辑</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 countries; %2 workbooks used, %3 superseded, %4 rejected, %5 in conflict.</source>
        <translation>%1个国家；使用了%2个工作簿，%3个被取代，%4个被拒绝，%5个存在冲突。</translation>
    </message>
    <message>
        <source>%1 edited after export (scores recomputed).</source>
        <translation>%1导出后经过编辑（已重新计算得分）。</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>%1 (%2), round %3</source>
        <translation>%1（%2），第%3轮</translation>
    </message>
    <message>
        <source>Overall: %1 (%2)</source>
        <translation>总分：%1（%2）</translation>
    </message>
    <message>
        <source>Change since the previous round: %1</source>
        <translation>与上一轮相比的变化：%1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>%1 not final (draft or in progress).</source>
        <translation>%1尚未定稿（草稿或进行中）。</translation>
    </message>
    <message>
        <source>Left out of every figure (fictional or training codes): %1.</source>
        <translation>不计入任何数字（虚构代码或培训用代码）：%1。</translation>
    </message>
    <message>
        <source>Conflicting assessments are left out; choose one in File ▸ Aggregate workbooks…</source>
        <translation>存在冲突的评估不计入；请选择其一：文件 ▸ 汇总工作簿…</translation>
    </message>
    <message>
        <source>Read with care: %1</source>
        <translation>谨慎解读：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Policy question: need / availability / gap / priority, gap type</source>
        <translation>政策问题：需求／可得性／差距／优先度，差距类型</translation>
    </message>
    <message>
        <source>Consolidated workbook</source>
        <translation>合并工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cross-country PDF summary</source>
        <translation>跨国PDF摘要</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing the cross-country export</source>
        <translation>正在写出跨国导出文件</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写出：%1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Overall score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Section scores (0–100)</source>
        <translation>各领域得分（0–100）</translation>
    </message>
    <message>
        <source>Policy questions A–O: need, availability and gap (0–3)</source>
        <translation>政策问题A–O：需求、可得性和差距（0–3）</translation>
    </message>
    <message>
        <source>Ranked gaps and recommended actions</source>
        <translation>差距排序和建议行动</translation>
    </message>
    <message>
        <source>Answers to follow up (Enter opens)</source>
        <translation>需要跟进的答复（按Enter打开）</translation>
    </message>
    <message>
        <source>Answers “not applicable”, with their reasons</source>
        <translation>“不适用”答复及其理由</translation>
    </message>
    <message>
        <source>Scores are not available</source>
        <translation>无法提供得分</translation>
    </message>
    <message>
        <source>The scoring module is not installed in this version.</source>
        <translation>此版本未安装评分模块。</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Completion %1 · reference date %2 · scoring rules %3</source>
        <translation>完整性%1 · 参考日期%2 · 评分规则%3</translation>
    </message>
    <message>
        <source>With the weights set for this assessment: %1 out of 100 (%2); the band uses the documented weights.</source>
        <translation>采用本评估设定的权重：%1分（满分100分；%2）；等级按方法文件规定的权重确定。</translation>
    </message>
    <message>
        <source>No answer was recorded as “not applicable”.</source>
        <translation>没有记录为“不适用”的答复。</translation>
    </message>
    <message>
        <source>“Not applicable” is accepted only where the questionnaire allows it, for the reason it states; the respondents&apos; own words follow in italics. It never raises a score.</source>
        <translation>只有在问卷允许之处，并以问卷所述理由为限，才接受“不适用”答复；其后以斜体列出答复人的原话。“不适用”绝不会提高得分。</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>优先度%1</translation>
    </message>
    <message>
        <source>quick win</source>
        <translation>速效成果</translation>
    </message>
    <message>
        <source>No answers yet: gaps appear here as the policy questions and the matrix (S3) are answered.</source>
        <translation>尚无答复：答复政策问题和矩阵（S3）后，差距将显示在此处。</translation>
    </message>
    <message>
        <source>No gap can be stated yet: the matrix (S3) has no answer.</source>
        <translation>尚无法确定差距：矩阵（S3）没有答复。</translation>
    </message>
    <message>
        <source>No gap between needs and availability.</source>
        <translation>需求与可得性之间没有差距。</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>建议行动</translation>
    </message>
    <message>
        <source>Review: no answer to review yet</source>
        <translation>审核：尚无可审核的答复</translation>
    </message>
    <message>
        <source>Review: %1 of %2 answers validated</source>
        <translation>审核：%2个答复中已核实%1个</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>需跟进：%1</translation>
    </message>
    <message>
        <source>disputed: %1</source>
        <translation>有争议：%1</translation>
    </message>
    <message>
        <source>not reviewed: %1</source>
        <translation>未审核：%1</translation>
    </message>
    <message>
        <source>Round %1: %2 %3 (grey numbers and ticks on the bars)</source>
        <translation>第%1轮：%2 %3（条形图上的灰色数字和刻度）</translation>
    </message>
    <message>
        <source>C&amp;ompare with round %s…</source>
        <translation>与第%s轮比较(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or %s</source>
        <translation>YYYY-MM-DD或%s</translation>
    </message>
    <message>
        <source>Type a date as 2026-05-15 or %s; F4 opens the calendar.</source>
        <translation>日期格式为2026-05-15或%s；按F4打开日历。</translation>
    </message>
    <message>
        <source>Open the calendar (F4)</source>
        <translation>打开日历（F4）</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2026-05-15 or %2.</source>
        <translation>“%1”不是日期：请按2026-05-15或%2的格式输入。</translation>
    </message>
    <message>
        <source>Give a date between %1 and %2.</source>
        <translation>请给出%1至%2之间的日期。</translation>
    </message>
</context>
<context>
    <name>DependsList</name>
    <message>
        <source>No other action in the plan yet.</source>
        <translation>计划中尚无其他行动。</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents attached to %s</source>
        <translation>附于%s的文档</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>附加文档…</translation>
    </message>
    <message>
        <source>Keep a file with this answer as evidence (PDF, office documents, tables, images; at most %1 MB)</source>
        <translation>将文件作为证据与此答复一并保存（PDF、办公文档、表格、图像；不超过 %1 MB）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>打开所选文档</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>移除文档</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>移除所选文档</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1字节</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>文档（%1）</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>此计算机上没有可打开 %1 的程序。</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Save what is entered here again</source>
        <translation>再次保存此处输入的内容</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Don&apos;t know: %s</source>
        <translation>不知道：%s</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not applicable: %s</source>
        <translation>不适用：%s</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>question text, item id or comment</source>
        <translation>问题文本、条目编号或评论</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>在问题、编号和评论中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>找到%1个</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第%1个，共%2个</translation>
    </message>
</context>
<context>
    <name>FollowUpTree</name>
    <message>
        <source>Answers to follow up: don&apos;t know, then not answered yet, by section</source>
        <translation>需要跟进的答复：先列“不知道”，再列尚未答复的问题，按领域排列</translation>
    </message>
    <message>
        <source>Nothing to follow up: no &quot;don&apos;t know&quot; answer and nothing left blank.</source>
        <translation>无需跟进：没有“不知道”的答复，也没有留空的问题。</translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answer</source>
        <translation>
            <numerusform>审核中有争议：%n个答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answers</source>
        <translation>
            <numerusform>审核中有争议：%n个答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answer</source>
        <translation>
            <numerusform>需跟进（审核）：%n个答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answers</source>
        <translation>
            <numerusform>需跟进（审核）：%n个答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answer to follow up</source>
        <translation>
            <numerusform>不知道：%n个答复需要跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answers to follow up</source>
        <translation>
            <numerusform>不知道：%n个答复需要跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n item</source>
        <translation>
            <numerusform>尚未答复：%n个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n items</source>
        <translation>
            <numerusform>尚未答复：%n个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
</context>
<context>
    <name>FundingRequestDialog</name>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Ministry of Finance</source>
        <translation>财政部</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>发展伙伴</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>申请(&amp;Q)</translation>
    </message>
    <message>
        <source>National part &amp;committed by:</source>
        <translation>国家部分的承诺方(&amp;C)：</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>代表方</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>&amp;Add signatory</source>
        <translation>添加签署人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>供资申请</translation>
    </message>
    <message>
        <source>R&amp;isks</source>
        <translation>风险(&amp;I)</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>指标(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Procurement</source>
        <translation>采购(&amp;P)</translation>
    </message>
    <message>
        <source>The funding request typed is not saved.</source>
        <translation>输入的供资申请尚未保存。</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <source>This cell is not asked: an earlier answer in its row (for example “Available: no”) leaves it out.</source>
        <translation>此单元格不需填写：同一行中前面的某个答复（例如“可得：否”）已将其排除。</translation>
    </message>
    <message>
        <source>Cell %s</source>
        <translation>单元格%s</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>The help page could not be read: %s</source>
        <translation>无法读取帮助页面：%s</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the answer</source>
        <translation>答复历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Versions of the answer, newest first</source>
        <translation>答复的各版本，最新的在前</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>尚无更改记录。</translation>
    </message>
    <message>
        <source>&amp;Restore this value</source>
        <translation>恢复此值(&amp;R)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>身份不明者</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>下一轮(&amp;X)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移至回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>Show t&amp;rash</source>
        <translation>显示回收站(&amp;R)</translation>
    </message>
    <message>
        <source>The trash is empty: an assessment moved to the trash can be restored from here.</source>
        <translation>回收站为空：移至回收站的评估可以在此处恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessment; restore it to work on it again.</source>
        <translation>
            <numerusform>回收站：%n项评估；恢复后即可继续处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessments; restore one to work on it again.</source>
        <translation>
            <numerusform>回收站：%n项评估；恢复其中一项即可继续处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment yet. Press Ctrl+N (New…) to create the first one, or Ctrl+I to import a workbook a colleague sent.</source>
        <translation>尚无评估。按Ctrl+N（新建…）创建第一项评估，或按Ctrl+I导入同事发来的工作簿。</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment. Enter or double-click opens it.</source>
        <translation>
            <numerusform>%n项评估。按Enter或双击即可打开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessments. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n项评估。按Enter或双击即可打开其中一项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>返回列表(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %s</source>
        <translation>导入%s</translation>
    </message>
    <message>
        <source>A new assessment: %1 %2, %3 answers.</source>
        <translation>新评估：%1 %2，%3个答复。</translation>
    </message>
    <message>
        <source>Updates the existing assessment %1 %2 (id %3).</source>
        <translation>更新现有评估%1 %2（编号%3）。</translation>
    </message>
    <message>
        <source>This assessment is final (read-only). Importing reopens it: its status is set back to “In progress”.</source>
        <translation>此评估已定稿（只读）。导入将重新打开此评估：其状态改回“进行中”。</translation>
    </message>
    <message>
        <source>Cells of the workbook edited outside the application: %1 (marked below).</source>
        <translation>在应用程序之外编辑过的工作簿单元格：%1（下文已标出）。</translation>
    </message>
    <message>
        <source>Warning: %s</source>
        <translation>警告：%s</translation>
    </message>
    <message>
        <source>Answers changed here since this workbook was exported: %1. They are kept as they are here unless you tick their box in the column “In the workbook”.</source>
        <translation>自导出此工作簿以来在此处更改过的答复：%1。这些答复将保持此处的内容，除非您在“工作簿中”一栏勾选相应方框。</translation>
    </message>
    <message>
        <source>&amp;Keep ours for all conflicts</source>
        <translation>所有冲突均保留我方的值(&amp;K)</translation>
    </message>
    <message>
        <source>Take &amp;theirs for all conflicts</source>
        <translation>所有冲突均采用对方的值(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep all newer answers</source>
        <translation>保留所有较新的答复(&amp;K)</translation>
    </message>
    <message>
        <source>Use the &amp;workbook&apos;s values for all</source>
        <translation>全部采用工作簿中的值(&amp;W)</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>导入将作出的更改</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>本数据库中</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>工作簿中</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No change: the workbook matches this database.</source>
        <translation>没有变化：工作簿与本数据库一致。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reopen and import</source>
        <translation>重新打开并导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation>评估详情</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>未知人员</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>conflict: changed here and in the workbook since the common version</source>
        <translation>冲突：自共同版本以来在此处和工作簿中均被更改</translation>
    </message>
    <message>
        <source>changed here since this workbook was exported (%s)</source>
        <translation>自导出此工作簿以来在此处更改过（%s）</translation>
    </message>
    <message>
        <source>Answers changed both here and in the workbook since the common version (conflicts): %1. Under each value, who changed it and when. Each is kept as it is here unless you tick its box in the column “In the workbook”.</source>
        <translation>自共同版本以来在此处和工作簿中均被更改的答复（冲突）：%1。每个值下方注明更改人和更改时间。每个答复均保持此处的内容，除非您在“工作簿中”一栏勾选相应方框。</translation>
    </message>
    <message>
        <source>Keep &amp;both for all comment and evidence conflicts</source>
        <translation>所有评论和证据冲突均保留双方(&amp;B)</translation>
    </message>
    <message>
        <source>Keep both (merged, each with its author and time)</source>
        <translation>保留双方（合并，各附作者和时间）</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>更改人：%1</translation>
    </message>
    <message>
        <source>edited outside the application</source>
        <translation>在应用程序之外编辑过</translation>
    </message>
    <message>
        <source>The assessment is in the trash: importing restores it.</source>
        <translation>该评估在回收站中：导入将恢复该评估。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Order of the actions</source>
        <translation>行动顺序</translation>
    </message>
    <message>
        <source>Currency and exchange rates of the plan</source>
        <translation>计划货币和汇率</translation>
    </message>
    <message>
        <source>Validation of the plan</source>
        <translation>计划的审定</translation>
    </message>
    <message>
        <source>Archived answers the import adds (questions this questionnaire version no longer asks): %1 (listed below).</source>
        <translation>导入将添加的已归档答复（此问卷版本已不再提出的问题）：%1（列于下方）。</translation>
    </message>
    <message>
        <source>Archived answers</source>
        <translation>已归档的答复</translation>
    </message>
    <message>
        <source>archived answer, asked by questionnaire version %1</source>
        <translation>已归档的答复，由问卷版本 %1 提出</translation>
    </message>
    <message>
        <source>archived answer (the version that asked it is not recorded)</source>
        <translation>已归档的答复（未记录提出该问题的版本）</translation>
    </message>
    <message>
        <source>(not validated)</source>
        <translation>（未审定）</translation>
    </message>
    <message>
        <source>New action: %s</source>
        <translation>新行动：%s</translation>
    </message>
    <message>
        <source>Action removed: %s</source>
        <translation>已删除行动：%s</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>policy questions</source>
        <translation>政策问题</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>priority action</source>
        <translation>优先行动</translation>
    </message>
    <message>
        <source>strategy objective</source>
        <translation>战略目标</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Action “%1” — %2</source>
        <translation>行动“%1”——%2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>评估团访问开始日期</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>评估团访问结束日期</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>参考日期</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Accept the signatures this workbook carries without a check</source>
        <translation>接受本工作簿所载未经校验的签核</translation>
    </message>
    <message>
        <source>Validation for the national statistics office</source>
        <translation>代表国家统计局的核准</translation>
    </message>
    <message>
        <source>Reviews signed off by the supervisor</source>
        <translation>主管签核的审核结果</translation>
    </message>
    <message>
        <source>its check holds</source>
        <translation>校验无误</translation>
    </message>
    <message>
        <source>no check (a workbook written before signatures carried one): taken only if you accept it below</source>
        <translation>无校验（工作簿写成时签核尚不附带校验）：仅在您于下方接受后才会采用</translation>
    </message>
    <message>
        <source>refused: it does not match its check (edited outside the application); nothing can be imported from this workbook</source>
        <translation>已拒绝：与其校验不符（在本应用程序之外被修改）；本工作簿中的任何内容均不能导入</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Disbursement-linked: partner</source>
        <translation>与拨款挂钩：伙伴</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Send questions to institutions</source>
        <translation>向机构发送问题</translation>
    </message>
    <message>
        <source>Each institution receives a workbook with only its questions, in the language chosen below, with what the mission already knows filled in. Its reply, imported with Import workbook…, becomes proposals: no answer changes until you accept them.</source>
        <translation>每个机构收到一份只含其问题的工作簿，使用下方所选语言，并已填入评估团已掌握的信息。其答复通过“导入工作簿…”导入后成为提议：在您接受之前，评估中的任何答复都不会改变。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Reply by (YYYY-MM-DD)</source>
        <translation>答复截止（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Contact for questions</source>
        <translation>咨询联系人</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>发送给%1</translation>
    </message>
    <message>
        <source>Language of the workbooks:</source>
        <translation>工作簿语言：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Write the workbooks</source>
        <translation>写入工作簿(&amp;W)</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>工作簿所在文件夹</translation>
    </message>
    <message>
        <source>Choose at least one institution.</source>
        <translation>请至少选择一个机构。</translation>
    </message>
    <message>
        <source>%1 workbooks written to %2</source>
        <translation>已将%1个工作簿写入%2</translation>
    </message>
    <message>
        <source>Writing the institutions&apos; workbooks</source>
        <translation>正在写入各机构的工作簿</translation>
    </message>
    <message>
        <source>The workbooks were not written: %1</source>
        <translation>未写入工作簿：%1</translation>
    </message>
    <message>
        <source>Cancelled: the workbooks written so far stay in the folder.</source>
        <translation>已取消：已写入的工作簿保留在文件夹中。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>当前答复</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提议值</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>答复人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Institutions&apos; proposals</source>
        <translation>机构的提议</translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies. None changes an answer until you accept it; proposals of institutions that disagree are shown together and marked.</source>
        <translation>各机构在答复中提议的数值。在您接受之前，任何提议都不会改变评估中的答复；意见不一致的机构提议并列显示并加以标记。</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show those decided</source>
        <translation>显示已处理的</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit and accept…</source>
        <translation>修改并接受(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Accept all of this &amp;institution</source>
        <translation>接受该机构的全部提议(&amp;I)</translation>
    </message>
    <message>
        <source>Every open proposal of the institution chosen above, at once (refused while another institution proposes something else)</source>
        <translation>一次接受上方所选机构的全部待定提议（若另一机构提议不同，则不予执行）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Another institution proposes something else for this answer</source>
        <translation>另一机构对此答复提议了不同的值</translation>
    </message>
    <message>
        <source>Open: %1. Answers on which institutions disagree: %2.</source>
        <translation>待定：%1。各机构意见不一致的答复：%2。</translation>
    </message>
    <message>
        <source>Edit and accept</source>
        <translation>修改并接受</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Type or press F2 to edit a cell; Delete clears it; the context menu (Shift+F10) marks don&apos;t know.</source>
        <translation>直接输入或按F2编辑单元格；按Delete清除；在上下文菜单（Shift+F10）中可标记为“不知道”。</translation>
    </message>
    <message>
        <source>Answer the current row as a form (Ctrl+Enter)</source>
        <translation>以表单形式答复当前行（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Open the policy question × source matrix</source>
        <translation>打开政策问题 × 数据来源矩阵</translation>
    </message>
    <message>
        <source>Show comment and evidence</source>
        <translation>显示评论和证据</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>Every version of this answer: who gave it, when; restore one</source>
        <translation>此答复的每个版本：由谁、何时给出；可恢复其中之一</translation>
    </message>
    <message>
        <source>Review of “%s”:</source>
        <translation>审核“%s”：</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence</source>
        <translation>
            <numerusform>%n项证据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>%n份文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n份文档</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment and evidence</source>
        <translation>评论和证据</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>Proposed by institutions: %n…</source>
        <translation>
            <numerusform>机构的提议：%n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies: accept, edit or reject them</source>
        <translation>各机构在答复中提议的数值：接受、修改或拒绝</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>下一轮(&amp;X)…</translation>
    </message>
    <message>
        <source>Assessment &amp;details…</source>
        <translation>评估详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移至回收站(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;how the trash</source>
        <translation>显示回收站(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Export assessment pac&amp;kage…</source>
        <translation>导出评估数据包(&amp;K)…</translation>
    </message>
    <message>
        <source>For&amp;ms for ODK and Kobo…</source>
        <translation>ODK 和 Kobo 表单(&amp;M)…</translation>
    </message>
    <message>
        <source>PD&amp;F report…</source>
        <translation>PDF报告(&amp;F)…</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>另存为Word文档(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Aggregate workbooks…</source>
        <translation>汇总工作簿(&amp;A)…</translation>
    </message>
    <message>
        <source>Cross-country &amp;view…</source>
        <translation>跨国视图(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close assessment</source>
        <translation>关闭评估(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Next un&amp;answered</source>
        <translation>下一个未答问题(&amp;A)</translation>
    </message>
    <message>
        <source>Previous unans&amp;wered</source>
        <translation>上一个未答问题(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;view this answer</source>
        <translation>审核此答复(&amp;V)</translation>
    </message>
    <message>
        <source>Answer &amp;history…</source>
        <translation>答复历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Ar&amp;chived answers…</source>
        <translation>已归档的答复(&amp;C)…</translation>
    </message>
    <message>
        <source>Ne&amp;xt answer not reviewed</source>
        <translation>下一个未审核的答复(&amp;X)</translation>
    </message>
    <message>
        <source>Va&amp;lidate the section&apos;s reviews</source>
        <translation>核实本节的审核(&amp;L)</translation>
    </message>
    <message>
        <source>Sign off the r&amp;eviews (supervisor)…</source>
        <translation>签核审核结果（主管）(&amp;E)…</translation>
    </message>
    <message>
        <source>Validate for the national &amp;statistics office…</source>
        <translation>代表国家统计局核准(&amp;S)…</translation>
    </message>
    <message>
        <source>Next &amp;gap</source>
        <translation>下一个差距(&amp;G)</translation>
    </message>
    <message>
        <source>Previ&amp;ous gap</source>
        <translation>上一个差距(&amp;O)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>下一领域</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>上一领域</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>Focus the na&amp;vigator</source>
        <translation>转到导航栏(&amp;V)</translation>
    </message>
    <message>
        <source>Next &amp;language</source>
        <translation>下一种语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help contents</source>
        <translation>帮助目录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>toolbar button: short</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>toolbar button: short</comment>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Questionnaire &amp;language</source>
        <translation>问卷语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Previous unanswered</source>
        <translation>上一个未答问题</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>下一个未答问题</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <comment>toolbar button: short</comment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Language: </source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Questionnaire language</source>
        <translation>问卷语言</translation>
    </message>
    <message>
        <source>Interface: </source>
        <translation>界面：</translation>
    </message>
    <message>
        <source>The window will be in %1 from its next start; the questionnaire&apos;s language is chosen beside it.</source>
        <translation>窗口将在下次启动时使用%1；问卷语言在旁边选择。</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Could not open %s</source>
        <translation>无法打开%s</translation>
    </message>
    <message>
        <source>This assessment has %n document attached as evidence. The workbook does not carry documents: a colleague who receives it does not get it. The assessment package carries the workbook and the document.</source>
        <translation>此评估附有%n份证据文档。工作簿不包含文档：收到工作簿的同事将得不到它。评估资料包包含工作簿和文档。</translation>
    </message>
    <message>
        <source>This assessment has %n documents attached as evidence. The workbook does not carry documents: a colleague who receives it gets none of them. The assessment package carries the workbook and every document.</source>
        <translation>此评估附有%n份证据文档。工作簿不包含文档：收到工作簿的同事一份也得不到。评估资料包包含工作簿和所有文档。</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <source>Export the &amp;package…</source>
        <translation>导出资料包(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Workbook only…</source>
        <translation>仅工作簿(&amp;W)…</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export failed: %s</source>
        <translation>导出失败：%s</translation>
    </message>
    <message>
        <source>Exporting the workbook</source>
        <translation>正在导出工作簿</translation>
    </message>
    <message>
        <source>Workbook written: %s</source>
        <translation>工作簿已写出：%s</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Export assessment package</source>
        <translation>导出评估数据包</translation>
    </message>
    <message>
        <source>Assessment packages (*.zip)</source>
        <translation>评估数据包 (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>正在导出数据包</translation>
    </message>
    <message>
        <source>Package written: %s</source>
        <translation>数据包已写出：%s</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>表单所在文件夹</translation>
    </message>
    <message>
        <source>Forms for ODK and Kobo written: %s</source>
        <translation>已写入 ODK 和 Kobo 表单：%s</translation>
    </message>
    <message>
        <source>Writing the forms for ODK and Kobo</source>
        <translation>正在写入 ODK 和 Kobo 表单</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Writing the PDF report</source>
        <translation>正在写出PDF报告</translation>
    </message>
    <message>
        <source>Report written: %s</source>
        <translation>报告已写出：%s</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word文档</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word文档 (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word document</source>
        <translation>正在写出Word文档</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>正在读取数据包</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>正在读取工作簿</translation>
    </message>
    <message>
        <source>Workbooks, assessment packages and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>工作簿、评估数据包和 ODK 或 Kobo 导出文件 (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Export of %1 submissions imported: %2 values proposed, no answer changed.</source>
        <translation>已导入包含%1份提交的导出文件：提议%2个值，未改变任何答复。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>This workbook cannot be imported. Nothing was changed.</source>
        <translation>无法导入此工作簿。未作任何更改。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>导入已取消：未作任何更改。</translation>
    </message>
    <message>
        <source>Imported %s.</source>
        <translation>已导入%s。</translation>
    </message>
    <message>
        <source>Kept %s answers changed here since the export.</source>
        <translation>保留了自导出以来在此处更改过的%s个答复。</translation>
    </message>
    <message>
        <source>Documents attached: %1.</source>
        <translation>已附加文档：%1。</translation>
    </message>
    <message>
        <source>Importing the workbook</source>
        <translation>正在导入工作簿</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Aggregating workbooks</source>
        <translation>正在汇总工作簿</translation>
    </message>
    <message>
        <source>Aggregation cancelled.</source>
        <translation>汇总已取消。</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected, %3 superseded.</source>
        <translation>接受%1个，拒绝%2个，取代%3个。</translation>
    </message>
    <message>
        <source>Aggregate written: %s</source>
        <translation>汇总工作簿已写出：%s</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>被拒绝：</translation>
    </message>
    <message>
        <source>Superseded (a later export is used):</source>
        <translation>被取代（使用了较晚的导出文件）：</translation>
    </message>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>移徙数据能力评估</translation>
    </message>
    <message>
        <source>This database cannot be written (%1: read-only folder or drive), so it is open read-only. You can read every assessment, export workbooks and PDF reports, and move the data folder (File ▸ Preferences ▸ Data folder, applied at the next start).</source>
        <translation>无法写入此数据库（%1：文件夹或驱动器为只读），因此以只读方式打开。您可以阅读所有评估，导出工作簿和PDF报告，并移动数据文件夹（文件 ▸ 首选项 ▸ 数据文件夹，下次启动时生效）。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2), so it is open read-only: nothing more is written to it. You can still read every assessment and export workbooks and reports. To repair it, restore the last good backup: restart the application, which offers it, or run capacity-app --db &quot;%1&quot; check --restore (the damaged file is kept beside it).</source>
        <translation>数据库%1已损坏（%2），因此以只读方式打开：不再向其写入任何内容。您仍可阅读所有评估并导出工作簿和报告。要修复它，请恢复最近一个完好的备份：重新启动应用程序（它会提供该备份），或运行 capacity-app --db &quot;%1&quot; check --restore（损坏的文件保留在旁边）。</translation>
    </message>
    <message>
        <source>The database is damaged: it is now open read-only.</source>
        <translation>数据库已损坏：现已以只读方式打开。</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>&amp;Try saving again</source>
        <translation>再次尝试保存(&amp;T)</translation>
    </message>
    <message>
        <source>Save again what could not be saved (it is kept in its field)</source>
        <translation>再次保存未能保存的内容（这些内容仍保留在相应字段中）</translation>
    </message>
    <message>
        <source>Changes that could not be saved when the application last ended are in %1: enter them again.</source>
        <translation>应用程序上次关闭时未能保存的更改位于%1：请重新输入。</translation>
    </message>
    <message>
        <source>Loading the questionnaire</source>
        <translation>正在加载问卷</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>已于%s保存</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>未保存：%s</translation>
    </message>
    <message>
        <source>No policy question has a gap between need and availability.</source>
        <translation>没有任何政策问题存在需求与可得性之间的差距。</translation>
    </message>
    <message>
        <source>That assessment is in the trash: restore it first.</source>
        <translation>该评估在回收站中：请先将其恢复。</translation>
    </message>
    <message>
        <source>Last change %s</source>
        <translation>最后修改于%s</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved: %1. They are still in the window, marked “Not saved”.</source>
        <translation>
            <numerusform>%n项更改未能保存：%1。这些更改仍在窗口中，标为“未保存”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway and lose them? You can copy them first, to paste them elsewhere.</source>
        <translation>仍要关闭并丢失这些更改吗？您可以先复制，再粘贴到别处。</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>保持窗口打开(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Copy them and close</source>
        <translation>复制后关闭(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lose and lose them</source>
        <translation>关闭并丢弃(&amp;L)</translation>
    </message>
    <message>
        <source>Moved to the trash. Show the trash to restore it.</source>
        <translation>已移至回收站。显示回收站即可将其恢复。</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>首选项已保存。</translation>
    </message>
    <message>
        <source>Stopping background work…</source>
        <translation>正在停止后台任务…</translation>
    </message>
    <message>
        <source>&amp;Send questions to institutions…</source>
        <translation>向机构发送问题(&amp;S)…</translation>
    </message>
    <message>
        <source>Institutions&apos; proposa&amp;ls…</source>
        <translation>机构的提议(&amp;L)…</translation>
    </message>
    <message>
        <source>Reply of %1 imported: %2 values proposed, no answer changed.</source>
        <translation>已导入%1的答复：提议%2个值，未改变任何答复。</translation>
    </message>
    <message>
        <source>Funding request for %1</source>
        <translation>向%1提出的供资申请</translation>
    </message>
    <message>
        <source>Writing the funding request for %1</source>
        <translation>正在生成向%1提出的供资申请</translation>
    </message>
</context>
<context>
    <name>MarkerLegend</name>
    <message>
        <source>gap</source>
        <translation>能力有限</translation>
    </message>
    <message>
        <source>needs work</source>
        <translation>能力发展中</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>能力成熟及以上</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>Sections: the band of their score. Policy questions: the gap between the need and the data available; not assessed while no cell of their matrix row is answered.</source>
        <translation>各领域：其得分所属的等级。政策问题：需求与可得数据之间的差距；在矩阵中该行尚无任何单元格得到答复之前，显示为尚未评估。</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>main source</source>
        <translation>主要来源</translation>
    </message>
    <message>
        <source>supporting source</source>
        <translation>辅助来源</translation>
    </message>
    <message>
        <source>not an expected source</source>
        <translation>非预期来源</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>级别%1</translation>
    </message>
    <message>
        <source>no level yet</source>
        <translation>尚无级别</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>● main source   ○ supporting source   colour and number: derived level 0 (none) to 3 (fit for purpose). Arrow keys move, Enter edits, Esc returns.</source>
        <translation>● 主要来源   ○ 辅助来源   颜色和数字：推算级别，从0（无）到3（符合用途）。方向键移动，Enter编辑，Esc返回。</translation>
    </message>
    <message>
        <source>Policy question by data source matrix</source>
        <translation>政策问题 × 数据来源矩阵</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已答复%1个，共%2个</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <source>Policy questions A–O</source>
        <translation>政策问题A–O</translation>
    </message>
    <message>
        <source>Not assessed yet: no cell of its row in the matrix is answered.</source>
        <translation>尚未评估：矩阵中该行尚无任何单元格得到答复。</translation>
    </message>
    <message>
        <source>Need %1, availability %2, gap %3</source>
        <translation>需求%1，可得性%2，差距%3</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>差距%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>无差距</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>轮次（年份）</translation>
    </message>
    <message>
        <source>optional: made from the country and round</source>
        <translation>可选：根据国家和轮次生成</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>参考日期</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>评估团访问开始日期</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>评估团访问结束日期</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Re&amp;ference date:</source>
        <translation>参考日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>评估团访问开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Mission &amp;end:</source>
        <translation>评估团访问结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>已访谈</translation>
    </message>
    <message>
        <source>Role of the respondent</source>
        <translation>答复人的职务</translation>
    </message>
    <message>
        <source>Institutions interviewed</source>
        <translation>受访机构</translation>
    </message>
    <message>
        <source>These details are the answers of section S0 (Mission and respondents): correct or complete them there at any time.</source>
        <translation>这些信息即S0领域（评估团访问和答复人）的答复：可随时在该领域更正或补充。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Institutions interviewed:</source>
        <translation>受访机构：</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Next round of %1 %2</source>
        <translation>%1 %2的下一轮</translation>
    </message>
    <message>
        <source>A new assessment of %1 starts from round %2.</source>
        <translation>以第%2轮为基础，开始对%1的新评估。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>参考日期</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>评估团访问开始日期</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>评估团访问结束日期</translation>
    </message>
    <message>
        <source>R&amp;eference date:</source>
        <translation>参考日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>评估团访问开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Mission e&amp;nd:</source>
        <translation>评估团访问结束日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Copy the answers of round %s (comments and evidence included) to review them</source>
        <translation>复制第%s轮的答复（包括评论和证据）以供审核(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep round %s&apos;s reference and mission dates where none is given here</source>
        <translation>此处未给出日期时，沿用第%s轮的参考日期和评估团访问日期(&amp;K)</translation>
    </message>
    <message>
        <source>Also copied: the institutions, the section weights and the action plan. Dates left empty can be entered later in S0.</source>
        <translation>同时复制的还有：机构、各领域权重和行动计划。留空的日期可稍后在S0中填写。</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>创建轮次</translation>
    </message>
    <message>
        <source>Created round %s from the previous one; Move to trash removes it again.</source>
        <translation>已根据上一轮创建第%s轮；“移至回收站”可将其再次删除。</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so that a mission team can tell who answered what. You can change it later in File ▸ Preferences.</source>
        <translation>您所作的每项更改都会记录您的姓名，以便评估团队了解谁答复了什么。您可以稍后在“文件 ▸ 首选项”中更改姓名。</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>操作人员姓名</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Skip: ask nothing now</source>
        <translation>跳过：现在不作任何询问</translation>
    </message>
</context>
<context>
    <name>PartnerEditionDialog</name>
    <message>
        <source>&amp;Partner:</source>
        <translation>伙伴(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>PDF(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Word document</source>
        <translation>Word文档(&amp;W)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>No cost line of the plan names a development partner yet: a partner&apos;s edition asks a partner to fund its lines.</source>
        <translation>计划的费用项目尚未列出任何发展伙伴：面向伙伴的版本请该伙伴为其费用项目供资。</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Funding request for a partner</source>
        <translation>向伙伴提出的供资申请</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <source>Report of %1</source>
        <translation>%1报告</translation>
    </message>
    <message>
        <source>What the implementation report of %1 prints in the planning unit&apos;s own words: the summary before the figures, the decisions asked of the minister, and beside each action at risk or off track its corrective measure.</source>
        <translation>%1执行情况报告以规划部门自己的话所载内容：数据之前的概要、提请部长作出的决定，以及每项存在风险或偏离计划的行动旁的纠正措施。</translation>
    </message>
    <message>
        <source>The planning unit&apos;s s&amp;ummary (a paragraph a line):</source>
        <translation>规划部门的概要（每行一段）(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Decisions asked of the minister, one a line, in their order:</source>
        <translation>提请部长作出的决定，每行一项，按顺序(&amp;D)：</translation>
    </message>
    <message>
        <source>Corrective &amp;measures of the actions at risk or off track:</source>
        <translation>存在风险或偏离计划的行动的纠正措施(&amp;M)：</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>所述原因</translation>
    </message>
    <message>
        <source>Corrective measure</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>By (YYYY-MM-DD)</source>
        <translation>期限（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>The planning unit&apos;s summary</source>
        <translation>规划部门的概要</translation>
    </message>
    <message>
        <source>Decisions asked of the minister</source>
        <translation>提请部长作出的决定</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The report of %1 typed is not saved.</source>
        <translation>已输入的%1报告尚未保存。</translation>
    </message>
</context>
<context>
    <name>PlanCount</name>
    <message numerus="yes">
        <source>%n of %1 actions costed.</source>
        <translation>
            <numerusform>%1项行动中有%n项已估算费用。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>National budget</source>
        <translation>国家预算</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>发展伙伴</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Survey operations</source>
        <translation>调查作业</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>已确定</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>已认捐</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>费用明细</translation>
    </message>
    <message>
        <source>Edit the cost line</source>
        <translation>编辑费用明细</translation>
    </message>
    <message>
        <source>e.g. 45000000 or 1250.50</source>
        <translation>例如：45000000或1250.50</translation>
    </message>
    <message>
        <source>The development partner, or what the other source is</source>
        <translation>发展伙伴，或说明其他来源</translation>
    </message>
    <message>
        <source>Funding &amp;secured</source>
        <translation>资金已落实(&amp;S)</translation>
    </message>
    <message>
        <source>Amount spent, when known</source>
        <translation>已支出金额（如已知）</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Cost basis: &amp;unit cost × quantity:</source>
        <translation>计算依据：单位成本 × 数量(&amp;U)：</translation>
    </message>
    <message>
        <source>Cost ca&amp;tegory:</source>
        <translation>费用类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>资金来源(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Partner or other source:</source>
        <translation>伙伴或其他来源(&amp;P)：</translation>
    </message>
    <message>
        <source>Funding sta&amp;ge:</source>
        <translation>落实情况(&amp;G)：</translation>
    </message>
    <message>
        <source>Amount &amp;executed:</source>
        <translation>已执行金额(&amp;E)：</translation>
    </message>
    <message>
        <source>National budget takes o&amp;ver from:</source>
        <translation>自何年起由国家预算承担(&amp;V)：</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Optional: the cost of one unit and the number of units; their product is the amount (filled in when the amount is left empty)</source>
        <translation>可选：单位成本和单位数量；两者之积即为金额（金额留空时自动填入）</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <source>Committed and disbursed funding is secured; identified and pledged funding is not</source>
        <translation>已承诺和已支付的资金视为已落实；已确定和已认捐的资金则未落实</translation>
    </message>
    <message>
        <source>&amp;Recurrent cost (goes on after the action)</source>
        <translation>经常性费用(&amp;R)（行动结束后仍持续）</translation>
    </message>
    <message>
        <source>(not taken over)</source>
        <translation>（不由国家预算承担）</translation>
    </message>
    <message>
        <source>Year the national budget takes it over</source>
        <translation>国家预算开始承担的年份</translation>
    </message>
    <message>
        <source>Amount a year, in the line&apos;s currency</source>
        <translation>每年金额（以该项目的货币计）</translation>
    </message>
    <message>
        <source>Amount a year taken over</source>
        <translation>每年承担金额</translation>
    </message>
    <message>
        <source>When the partner&apos;s funding ends: from which year the national budget pays this recurrent cost, and how much a year (after the partner&apos;s last funded year)</source>
        <translation>伙伴供资结束后：国家预算自哪一年起承担这项经常性费用，以及每年金额（须在伙伴最后供资年份之后）</translation>
    </message>
    <message>
        <source>%1: write digits, with “%2” for decimals, such as 45000000 or %3 (no thousands separators).</source>
        <translation>%1：请填写数字，小数用“%2”，例如 45000000 或 %3（不使用千位分隔符）。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount executed</source>
        <translation>已执行金额</translation>
    </message>
    <message>
        <source>Currency and exchange rates</source>
        <translation>货币和汇率</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>The country&apos;s (%s)</source>
        <translation>本国货币（%s）</translation>
    </message>
    <message>
        <source>Plan &amp;currency:</source>
        <translation>计划货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Exchange rates give the USD equivalents: units of each currency for one US dollar, with the date of the rate and its source (e.g. the UN operational rate of exchange). F2 edits a cell.</source>
        <translation>汇率用于换算美元等值：每1美元兑换的各货币单位数，并注明汇率日期及来源（例如联合国业务汇率）。按F2编辑单元格。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>每1美元兑换单位数</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>E&amp;xchange rates:</source>
        <translation>汇率(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Add a rate</source>
        <translation>添加汇率(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the rate</source>
        <translation>删除汇率(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record the validation</source>
        <translation>记录审定(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Row %d: %s</source>
        <translation>第%d行：%s</translation>
    </message>
    <message>
        <source>The cost line typed is not saved.</source>
        <translation>输入的费用项尚未保存。</translation>
    </message>
    <message>
        <source>The exchange rates typed are not saved.</source>
        <translation>输入的汇率尚未保存。</translation>
    </message>
    <message>
        <source>%s is not an ISO 4217 currency of the country table</source>
        <translation>%s不是国家表中的ISO 4217货币</translation>
    </message>
    <message>
        <source>Validation of the action plan</source>
        <translation>行动计划的审定</translation>
    </message>
    <message>
        <source>Record that the government validated the plan as it is now. An action edited afterwards is shown as changed after validation, here, in the workbook and in the report.</source>
        <translation>记录政府已审定当前的计划。此后修改的行动将在此处、工作簿和报告中标为审定后有改动。</translation>
    </message>
    <message>
        <source>e.g. National validation workshop, the capital</source>
        <translation>例如：首都举行的国家审定讲习班</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>每行一个机构</translation>
    </message>
    <message>
        <source>Name of the person who approved the plan</source>
        <translation>批准计划的人员姓名</translation>
    </message>
    <message>
        <source>e.g. Director-General, National Statistics Office</source>
        <translation>例如：国家统计局局长</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Institutions present:</source>
        <translation>出席机构(&amp;I)：</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>批准人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>Reason for withdrawing the validation</source>
        <translation>撤回审定的理由</translation>
    </message>
    <message>
        <source>&amp;Withdraw the validation</source>
        <translation>撤回审定(&amp;W)</translation>
    </message>
    <message>
        <source>The validation typed is not saved.</source>
        <translation>输入的审定记录尚未保存。</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the validation.</source>
        <translation>请说明撤回审定的理由。</translation>
    </message>
    <message>
        <source>Cost of the plan and financing gap</source>
        <translation>计划费用和资金缺口</translation>
    </message>
    <message>
        <source>By &amp;year</source>
        <translation>按年份(&amp;Y)</translation>
    </message>
    <message>
        <source>By &amp;institution</source>
        <translation>按机构(&amp;I)</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>（尚无负责机构）</translation>
    </message>
    <message>
        <source>By funding &amp;source</source>
        <translation>按资金来源(&amp;S)</translation>
    </message>
    <message>
        <source>By &amp;currency</source>
        <translation>按货币(&amp;C)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Exchange rates: %s.</source>
        <translation>汇率：%s。</translation>
    </message>
    <message>
        <source>No exchange rate: no USD equivalents.</source>
        <translation>无汇率：不显示美元等值。</translation>
    </message>
    <message>
        <source>No rate for %s: the USD figures are left out.</source>
        <translation>%s无汇率：不列美元数字。</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>Financing gap</source>
        <translation>资金缺口</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>费用（美元）</translation>
    </message>
    <message>
        <source>Gap (USD)</source>
        <translation>缺口（美元）</translation>
    </message>
    <message>
        <source>No action is costed yet.</source>
        <translation>尚无行动估算了费用。</translation>
    </message>
    <message>
        <source>Total cost %1; secured %2; financing gap %3.</source>
        <translation>总费用%1；已落实%2；资金缺口%3。</translation>
    </message>
</context>
<context>
    <name>PolicyChart</name>
    <message>
        <source>Availability and gap by policy question</source>
        <translation>按政策问题分列的可得性和差距</translation>
    </message>
    <message>
        <source>need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>可得性</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>差距</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>操作人员姓名</translation>
    </message>
    <message>
        <source>your name, recorded with every change</source>
        <translation>您的姓名，每项更改都会记录</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Where the database and its backups live (kept in %s, read by the window and the command line alike).</source>
        <translation>数据库及其备份所在位置（记录在%s中，窗口和命令行均读取该设置）。</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>默认报告语言</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word模板</translation>
    </message>
    <message>
        <source>the bundled template</source>
        <translation>随附的模板</translation>
    </message>
    <message>
        <source>A Word document (.docx) whose styles the Word report uses: the national statistics office&apos;s own template.</source>
        <translation>一个Word文档（.docx），Word报告使用其样式：国家统计局自己的模板。</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>操作人员姓名(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Default &amp;report language:</source>
        <translation>默认报告语言(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>备份文件夹(&amp;B)：</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word文档 (*.docx)</translation>
    </message>
    <message>
        <source>&amp;Word template:</source>
        <translation>Word模板(&amp;W)：</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new interface language applies from the next start.</source>
        <translation>新的界面语言在下次启动时生效。</translation>
    </message>
    <message>
        <source>This database cannot be written: only the data folder (to move the data somewhere it can be written) and the interface language can be changed.</source>
        <translation>无法写入此数据库：只能更改数据文件夹（将数据移至可写入的位置）和界面语言。</translation>
    </message>
    <message>
        <source>The preferences typed are not saved.</source>
        <translation>输入的首选项尚未保存。</translation>
    </message>
    <message>
        <source>The database and its backups are in this folder.</source>
        <translation>数据库及其备份位于此文件夹中。</translation>
    </message>
    <message>
        <source>At the next start, the database and its backups move to %s.</source>
        <translation>下次启动时，数据库及其备份将移至%s。</translation>
    </message>
    <message>
        <source>A database is already in %1: it is used from the next start; the current one stays in %2.</source>
        <translation>%1中已有一个数据库：下次启动时将使用该数据库；当前数据库仍保留在%2中。</translation>
    </message>
    <message>
        <source>At the next start, the database and its %1 backups move to %2 (the old file is kept, renamed “capacity.sqlite3.moved”).</source>
        <translation>下次启动时，数据库及其%1个备份将移至%2（旧文件予以保留，更名为“capacity.sqlite3.moved”）。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for %s</source>
        <translation>浏览：%s</translation>
    </message>
</context>
<context>
    <name>ProcurementTab</name>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>估计费用</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Add packa&amp;ge</source>
        <translation>添加采购包(&amp;G)</translation>
    </message>
    <message>
        <source>Remove pac&amp;kage</source>
        <translation>删除采购包(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>preparing the workbook</source>
        <translation>正在准备工作簿</translation>
    </message>
    <message>
        <source>writing answers</source>
        <translation>正在写入答复</translation>
    </message>
    <message>
        <source>writing scores</source>
        <translation>正在写入得分</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <source>reading answers</source>
        <translation>正在读取答复</translation>
    </message>
    <message>
        <source>checking values</source>
        <translation>正在检查数值</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>reading the answers</source>
        <translation>正在读取答复</translation>
    </message>
    <message>
        <source>drawing the charts</source>
        <translation>正在绘制图表</translation>
    </message>
    <message>
        <source>drawing the map</source>
        <translation>正在绘制地图</translation>
    </message>
    <message>
        <source>composing the pages</source>
        <translation>正在编排页面</translation>
    </message>
    <message>
        <source>laying out the pages</source>
        <translation>正在排版</translation>
    </message>
    <message>
        <source>writing the PDF file</source>
        <translation>正在写入PDF文件</translation>
    </message>
    <message>
        <source>numbering the pages of the contents</source>
        <translation>为目录编排页码</translation>
    </message>
    <message>
        <source>writing the Word file</source>
        <translation>正在写出Word文件</translation>
    </message>
    <message>
        <source>writing the consolidated workbook</source>
        <translation>正在写入合并工作簿</translation>
    </message>
    <message>
        <source>writing the PDF summary</source>
        <translation>正在写入PDF摘要</translation>
    </message>
    <message>
        <source>writing the analyst files</source>
        <translation>正在写入分析人员所用文件</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>making the forms</source>
        <translation>正在生成表单</translation>
    </message>
    <message>
        <source>writing the form</source>
        <translation>正在写入表单</translation>
    </message>
    <message>
        <source>checking the form with pyxform</source>
        <translation>正在用pyxform检查表单</translation>
    </message>
    <message>
        <source>writing the questions</source>
        <translation>正在写入问题</translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation>正在读取提交的数据</translation>
    </message>
    <message>
        <source>reading the repeated rows</source>
        <translation>正在读取重复行</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>已读取%1</translation>
    </message>
    <message>
        <source>reading one file</source>
        <translation>正在读取1个文件</translation>
    </message>
    <message>
        <source>reading %1 files</source>
        <translation>正在读取%1个文件</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>The progress typed for %1 is not saved.</source>
        <translation>为 %1 输入的进展尚未保存。</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>计划进展</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>报告期(&amp;P)：</translation>
    </message>
    <message>
        <source>A year such as 2026 or a half-year such as 2026-H1</source>
        <translation>年份（如2026）或半年（如2026-H1）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>费用项目</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>行动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>资金(&amp;M)</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>指标(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Institutions&apos; replies…</source>
        <translation>各机构的答复(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Write the report…</source>
        <translation>撰写报告(&amp;W)…</translation>
    </message>
    <message>
        <source>The summary, the decisions asked of the minister and the corrective measures that the period&apos;s implementation report prints</source>
        <translation>本期执行情况报告所载的概要、提请部长作出的决定和纠正措施</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Each action&apos;s status in the period</source>
        <translation>每项行动在本期的状态</translation>
    </message>
    <message>
        <source>Money of each cost line in the period</source>
        <translation>每个费用项目在本期的资金</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进展顺利</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>存在风险</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>偏离计划</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>%1年目标值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Value measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The date the value was measured, written YYYY-MM-DD (such as 2026-10-15)</source>
        <translation>测量日期，格式为YYYY-MM-DD（如2026-10-15）</translation>
    </message>
    <message>
        <source>Each indicator&apos;s value measured in the period</source>
        <translation>每项指标在本期的实测值</translation>
    </message>
    <message>
        <source>Output of action %1</source>
        <translation>行动%1的产出</translation>
    </message>
    <message>
        <source>(value of %1)</source>
        <translation>（%1的数值）</translation>
    </message>
    <message>
        <source>(no target this year)</source>
        <translation>（本年无目标值）</translation>
    </message>
    <message>
        <source>indicator %1: type the value measured (a value recorded is replaced, never emptied)</source>
        <translation>指标%1：请输入实测值（已记录的数值只能替换，不能清空）</translation>
    </message>
    <message>
        <source>%1 on track, %2 at risk, %3 off track, %4 not judged</source>
        <translation>%1项进展顺利，%2项存在风险，%3项偏离计划，%4项未评估</translation>
    </message>
</context>
<context>
    <name>ProgressRepliesDialog</name>
    <message>
        <source>Progress reported by the institutions</source>
        <translation>各机构报告的进展</translation>
    </message>
    <message>
        <source>Each institution leading actions reports their progress in a workbook: send it the workbook of a period, then receive its reply. The reply&apos;s rows are proposals: no progress changes until you accept one.</source>
        <translation>牵头开展行动的各机构在工作簿中报告行动进展：向其发送某一报告期的工作簿，然后接收其答复。答复中的各行均为建议：在您接受之前，不会记录任何进展。</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>报告期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Send a workbook…</source>
        <translation>发送工作簿(&amp;S)…</translation>
    </message>
    <message>
        <source>As an &amp;XLSForm for ODK or Kobo</source>
        <translation>作为ODK或Kobo的XLSForm表单(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Receive a reply…</source>
        <translation>接收答复(&amp;R)…</translation>
    </message>
    <message>
        <source>A returned workbook, or a KoboToolbox export (.xlsx) of the form&apos;s submissions</source>
        <translation>交回的工作簿，或表单提交记录的KoboToolbox导出文件（.xlsx）</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Accep&amp;t all</source>
        <translation>全部接受(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>答复人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Open proposals of the plan&apos;s progress</source>
        <translation>有关计划进展的待处理建议</translation>
    </message>
    <message>
        <source>(replaces what is recorded)</source>
        <translation>（替换已记录内容）</translation>
    </message>
    <message>
        <source>Action %1, %2</source>
        <translation>行动%1，%2</translation>
    </message>
    <message>
        <source>Indicator %1, %2</source>
        <translation>指标%1，%2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No action names the institution leading it.</source>
        <translation>没有任何行动注明其牵头机构。</translation>
    </message>
    <message>
        <source>Save the progress workbook</source>
        <translation>保存进展工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the progress workbook</source>
        <translation>正在生成进展工作簿</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Receive an institution&apos;s reply</source>
        <translation>接收机构的答复</translation>
    </message>
    <message>
        <source>Workbooks and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>工作簿和 ODK 或 Kobo 导出文件 (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Reading the reply</source>
        <translation>正在读取答复</translation>
    </message>
    <message>
        <source>%1 for %2: this reply, filled %3, is older than the one of %4 received before: set aside, nothing stored.</source>
        <translation>%1（%2）：此答复填写于 %3，早于此前收到的 %4 的答复：已搁置，未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 for %2: this reply states no time it was filled, unlike the one of %3 received before: set aside, nothing stored.</source>
        <translation>%1（%2）：此答复未注明填写时间，而此前收到的 %3 的答复注明了：已搁置，未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 for %2: %3 proposed, %4 as recorded already.</source>
        <translation>%1（%2）：建议%3项，%4项与已记录内容相同。</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken on your word, not by the time it states (the one received before is of %2).</source>
        <translation>本期共 %1 份答复：此份按您的决定采用，而非依据其注明的时间（此前收到的答复为 %2）。</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one, of %2, is the newest.</source>
        <translation>本期共 %1 份答复：此份（%2）为最新。</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken as the one received last (no time they state tells them apart).</source>
        <translation>本期共 %1 份答复：此份作为最后收到的答复采用（其所载时间无法区分先后）。</translation>
    </message>
    <message>
        <source>Reply set aside</source>
        <translation>答复已搁置</translation>
    </message>
    <message>
        <source>Take this reply all the same? Its proposals then supersede the open ones of the reply received before.</source>
        <translation>仍然采用此答复吗？其提议将取代此前收到的答复中尚未处理的提议。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: %s.</source>
        <translation>只读：%s。</translation>
    </message>
</context>
<context>
    <name>ResultsChainDialog</name>
    <message>
        <source>Overall objective</source>
        <translation>总体目标</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产出</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Results chain</source>
        <translation>成果链</translation>
    </message>
    <message>
        <source>Overall objective (impact)</source>
        <translation>总体目标（影响）</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <source>A&amp;ssumptions:</source>
        <translation>假设(&amp;S)：</translation>
    </message>
    <message>
        <source>Outcomes (specific objectives)</source>
        <translation>成果（具体目标）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>&amp;Add outcome</source>
        <translation>添加成果(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove outcome</source>
        <translation>删除成果(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;indicator of</source>
        <translation>添加指标(&amp;I)，用于</translation>
    </message>
    <message>
        <source>Remove in&amp;dicator</source>
        <translation>删除指标(&amp;D)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>衡量对象</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>验证手段</translation>
    </message>
    <message>
        <source>Targets (%1)</source>
        <translation>目标值（%1）</translation>
    </message>
    <message>
        <source>The outcome each action serves (an action is an output)</source>
        <translation>每项行动所服务的成果（行动即产出）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Outcome it serves</source>
        <translation>所服务的成果</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>行动%1</translation>
    </message>
    <message>
        <source>(no outcome yet)</source>
        <translation>（尚无成果）</translation>
    </message>
    <message>
        <source>The results chain typed is not saved.</source>
        <translation>输入的成果链尚未保存。</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>新成果</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>Review: ✓ validated, ? needs follow-up, ✗ disputed.</source>
        <translation>审核：✓ 已核实，? 需跟进，✗ 有争议。</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>marked for follow-up</source>
        <translation>标记为需跟进</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>标记为有争议</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>the answer changed after it was %1 by %2 on %3</source>
        <translation>该答复在%3由%2%1后已更改</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>审核人：%1，%2</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Review:</source>
        <translation>审核：</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>审核说明</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>说明（可选）</translation>
    </message>
    <message>
        <source>Note: what is disputed, what to follow up</source>
        <translation>说明：争议之处、需跟进之处</translation>
    </message>
    <message>
        <source>Review of this answer: %s</source>
        <translation>此答复的审核：%s</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Mitigating measure</source>
        <translation>缓解措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>风险责任方</translation>
    </message>
    <message>
        <source>Add &amp;risk</source>
        <translation>添加风险(&amp;R)</translation>
    </message>
    <message>
        <source>Remo&amp;ve risk</source>
        <translation>删除风险(&amp;V)</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <source>Section scores chart</source>
        <translation>各领域得分图</translation>
    </message>
    <message>
        <source>(round %1: %2)</source>
        <translation>（第%1轮：%2）</translation>
    </message>
    <message>
        <source>Click to open the section.</source>
        <translation>点击打开该领域。</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>the database is on a network share, where SQLite cannot lock it safely: copy it to this computer and open the copy</source>
        <translation>数据库位于网络共享文件夹中，SQLite无法在该处安全地锁定数据库：请将其复制到本计算机，然后打开副本</translation>
    </message>
    <message>
        <source>the title is one line (it holds a line break)</source>
        <translation>标题只能占一行（其中有换行）</translation>
    </message>
    <message>
        <source>is a folder, not a workbook</source>
        <translation>是文件夹，不是工作簿</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>数据库以只读方式打开</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>数据库已关闭</translation>
    </message>
    <message>
        <source>no permission to read the database</source>
        <translation>无权读取数据库</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: set its status back to “In progress” to change it</source>
        <translation>评估%1（%2）已定稿：如需修改，请将其状态改回“进行中”</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: nothing was imported; set its status back to “In progress” to import into it</source>
        <translation>评估%1（%2）已定稿：未导入任何内容；如需导入，请将其状态改回“进行中”</translation>
    </message>
    <message>
        <source>the round must be a year from %1 to %2, not %3</source>
        <translation>轮次必须是%1年至%2年之间的年份，而不是%3</translation>
    </message>
    <message>
        <source>unknown answer key for questionnaire %1 %2</source>
        <translation>问卷%1 %2中没有该答复键</translation>
    </message>
    <message>
        <source>questionnaire version %1 cannot be imported: no declared mapping to version %2 (assessments/mappings)</source>
        <translation>无法导入问卷版本%1：没有声明到版本%2的映射（assessments/mappings）</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>缺少字段%1</translation>
    </message>
    <message>
        <source>unknown country code %1</source>
        <translation>未知国家代码：%1</translation>
    </message>
    <message>
        <source>round must be a year, got %1</source>
        <translation>轮次必须是年份，而不是%1</translation>
    </message>
    <message>
        <source>%1 appears twice (rows %2 and %3)</source>
        <translation>%1出现了两次（第%2行和第%3行）</translation>
    </message>
    <message>
        <source>holds the spreadsheet error %1, not a value (type the value)</source>
        <translation>包含电子表格错误%1，而不是数值（请输入数值）</translation>
    </message>
    <message>
        <source>backup folder %1: %2</source>
        <translation>备份文件夹%1：%2</translation>
    </message>
    <message>
        <source>cannot write the backup taken before an import (%1)</source>
        <translation>无法写入导入前的备份（%1）</translation>
    </message>
    <message>
        <source>cannot write the daily backup (%1)</source>
        <translation>无法写入每日备份（%1）</translation>
    </message>
    <message>
        <source>cannot write the backup (%1)</source>
        <translation>无法写入备份（%1）</translation>
    </message>
    <message>
        <source>cannot create the lock file (%1)</source>
        <translation>无法创建锁文件（%1）</translation>
    </message>
    <message>
        <source>cannot open the database (%1)</source>
        <translation>无法打开数据库（%1）</translation>
    </message>
    <message>
        <source>.%1 files cannot be attached (allowed: %2)</source>
        <translation>不能附加 .%1 文件（允许的类型：%2）</translation>
    </message>
    <message>
        <source>a file without an extension cannot be attached (allowed: %1)</source>
        <translation>不能附加没有扩展名的文件（允许的类型：%1）</translation>
    </message>
    <message>
        <source>the file is %1 MB; the limit is %2 MB per document</source>
        <translation>文件大小为 %1 MB；每份文档的上限为 %2 MB</translation>
    </message>
    <message>
        <source>the assessment&apos;s documents would take %1 MB; the limit is %2 MB per assessment</source>
        <translation>本评估的文档将占用 %1 MB；每项评估的上限为 %2 MB</translation>
    </message>
    <message>
        <source>this document is already attached to %1 (as %2, SHA-256 %3)</source>
        <translation>此文档已附于 %1（名称为 %2，SHA-256 %3）</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>the package is too large (%1 MB; the limit is %2 MB)</source>
        <translation>包过大（%1 MB；上限为 %2 MB）</translation>
    </message>
    <message>
        <source>the package is damaged or truncated (zip: %1)</source>
        <translation>包已损坏或不完整（zip：%1）</translation>
    </message>
    <message>
        <source>too many members (%1; the limit is %2)</source>
        <translation>成员文件过多（%1 个；上限为 %2 个）</translation>
    </message>
    <message>
        <source>member %1 is a folder that holds data or is named unsafely (a package holds files only)</source>
        <translation>成员文件 %1 是含有数据或名称不安全的文件夹（包中只能有文件）</translation>
    </message>
    <message>
        <source>member %1 is refused: an absolute path or a path with “\”</source>
        <translation>成员文件 %1 被拒绝：绝对路径或含有“\”的路径</translation>
    </message>
    <message>
        <source>member %1 is refused: a path with “..”, “.” or an empty part</source>
        <translation>成员文件 %1 被拒绝：路径含有“..”“.”或空白部分</translation>
    </message>
    <message>
        <source>member %1 is refused: a control character in its name</source>
        <translation>成员文件 %1 被拒绝：名称中含有控制字符</translation>
    </message>
    <message>
        <source>two members are named %1</source>
        <translation>有两个成员文件名为 %1</translation>
    </message>
    <message>
        <source>member %1 is a folder (a package holds files only)</source>
        <translation>成员文件 %1 是文件夹（包中只能有文件）</translation>
    </message>
    <message>
        <source>member %1 is a link or a special file</source>
        <translation>成员文件 %1 是链接或特殊文件</translation>
    </message>
    <message>
        <source>member %1 is compressed %2 times (limit %3; possible zip bomb)</source>
        <translation>成员文件 %1 的压缩比为 %2 倍（上限为 %3；可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>the package would decompress to %1 MB (possible zip bomb)</source>
        <translation>包解压后将达 %1 MB（可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>manifest.json is too large (%1 MB)</source>
        <translation>manifest.json 过大（%1 MB）</translation>
    </message>
    <message>
        <source>member %1 is not in the manifest</source>
        <translation>成员文件 %1 不在清单中</translation>
    </message>
    <message>
        <source>member %1 of the manifest is missing</source>
        <translation>清单中的成员文件 %1 缺失</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (size %2, listed %3; the limit is %4 MB)</source>
        <translation>成员文件 %1 与清单不符（大小为 %2，清单所列为 %3；上限为 %4 MB）</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (its SHA-256 differs)</source>
        <translation>成员文件 %1 与清单不符（其 SHA-256 不同）</translation>
    </message>
    <message>
        <source>the documents take more than %1 MB</source>
        <translation>文档总量超过 %1 MB</translation>
    </message>
    <message>
        <source>member %1 could not be unpacked (%2)</source>
        <translation>无法解压成员文件 %1（%2）</translation>
    </message>
    <message>
        <source>the manifest attaches a document it does not hold (%1)</source>
        <translation>清单附加了包中没有的文档（%1）</translation>
    </message>
    <message>
        <source>document %1 is attached to nothing in the manifest</source>
        <translation>文档 %1 在清单中未附加到任何内容</translation>
    </message>
    <message>
        <source>member %1 decompresses to more than it declares (possible zip bomb)</source>
        <translation>成员文件 %1 解压后超过其声明的大小（可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>the package is damaged (member %1 is shorter than declared)</source>
        <translation>包已损坏（成员文件 %1 比声明的短）</translation>
    </message>
    <message>
        <source>the package is damaged (member %1: %2)</source>
        <translation>包已损坏（成员文件 %1：%2）</translation>
    </message>
    <message>
        <source>the stored document %1 does not match its SHA-256 (damaged database?); no package written</source>
        <translation>已存储的文档 %1 与其 SHA-256 不符（数据库损坏？）；未写入任何包</translation>
    </message>
    <message>
        <source>manifest.json is not valid: version %1 (this application reads version %2)</source>
        <translation>manifest.json 无效：版本 %1（本应用程序读取版本 %2）</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is neither workbook.xlsx nor documents/&lt;sha256&gt;.&lt;ext&gt;</source>
        <translation>manifest.json 无效：成员文件 %1 既不是 workbook.xlsx，也不是 documents/&lt;sha256&gt;.&lt;ext&gt;</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not named by its SHA-256</source>
        <translation>manifest.json 无效：成员文件 %1 未以其 SHA-256 命名</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not a kind that may be attached</source>
        <translation>manifest.json 无效：成员文件 %1 不属于可附加的类型</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is an empty document (a document attached is never empty)</source>
        <translation>manifest.json 无效：成员 %1 是空文档（附加的文档不会为空）</translation>
    </message>
    <message>
        <source>manifest.json is not valid: an attachment&apos;s field “%1” is longer than %2 characters</source>
        <translation>manifest.json 无效：某个附件的字段“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: its time %2 is not a date and time</source>
        <translation>manifest.json 无效：附件 %1：其时间 %2 不是日期和时间</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1 to %2 listed twice</source>
        <translation>manifest.json 无效：附加到 %2 的附件 %1 列出了两次</translation>
    </message>
    <message>
        <source>manifest.json is not valid: %1 listed twice</source>
        <translation>manifest.json 无效：%1 列出了两次</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: %2</source>
        <translation>manifest.json 无效：附件 %1：%2</translation>
    </message>
    <message>
        <source>the year %1 must be a year from %2 to %3</source>
        <translation>年份 %1 必须在 %2 年至 %3 年之间</translation>
    </message>
    <message>
        <source>the amount %1 has decimals: %2 has none</source>
        <translation>金额 %1 含有小数：%2 没有小数单位</translation>
    </message>
    <message>
        <source>the amount %1 has more decimals than %2 has (%3)</source>
        <translation>金额 %1 的小数位数多于 %2 的小数位数（%3）</translation>
    </message>
    <message>
        <source>the amount executed %1 has decimals: %2 has none</source>
        <translation>执行金额 %1 含有小数：%2 没有小数单位</translation>
    </message>
    <message>
        <source>the amount executed %1 has more decimals than %2 has (%3)</source>
        <translation>执行金额 %1 的小数位数多于 %2 的小数位数（%3）</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency of the country table (for example XOF, EUR or USD)</source>
        <translation>%1 不是国家表中的 ISO 4217 货币（例如 XOF、EUR 或 USD）</translation>
    </message>
    <message>
        <source>the currency %1 is not an ISO 4217 code (three capital letters, such as XOF or USD)</source>
        <translation>货币 %1 不是 ISO 4217 代码（三个大写字母，例如 XOF 或 USD）</translation>
    </message>
    <message>
        <source>the amount %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>金额 %1 过大：金额须小于 10000000000000（十万亿）</translation>
    </message>
    <message>
        <source>the amount executed %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>执行金额 %1 过大：金额须小于 10000000000000（十万亿）</translation>
    </message>
    <message>
        <source>the amount %1 has %2 decimals: at most %3</source>
        <translation>金额 %1 有 %2 位小数：最多 %3 位</translation>
    </message>
    <message>
        <source>the amount executed %1 has %2 decimals: at most %3</source>
        <translation>执行金额 %1 有 %2 位小数：最多 %3 位</translation>
    </message>
    <message>
        <source>the amount %1 has more than %2 digits</source>
        <translation>金额 %1 超过 %2 位数字</translation>
    </message>
    <message>
        <source>the amount executed %1 has more than %2 digits</source>
        <translation>执行金额 %1 超过 %2 位数字</translation>
    </message>
    <message>
        <source>the exchange rate %1 is not a number: write it with a point for decimals, such as 605.25</source>
        <translation>汇率 %1 不是数字：请用小数点表示小数，例如 605.25</translation>
    </message>
    <message>
        <source>the exchange rate must be a number above zero, not %1</source>
        <translation>汇率必须是大于零的数字，而不是 %1</translation>
    </message>
    <message>
        <source>the exchange rate %1 has too many digits: at most %2, %3 of them decimals</source>
        <translation>汇率 %1 位数过多：最多 %2 位，其中小数 %3 位</translation>
    </message>
    <message>
        <source>the date of the %1 rate must be a date YYYY-MM-DD, not %2</source>
        <translation>%1 汇率的日期必须是 YYYY-MM-DD 格式的日期，而不是 %2</translation>
    </message>
    <message>
        <source>two exchange rates for %1: keep one</source>
        <translation>%1 有两个汇率：请只保留一个</translation>
    </message>
    <message>
        <source>a plan has at most %1 exchange rates</source>
        <translation>一项计划最多有 %1 个汇率</translation>
    </message>
    <message>
        <source>the funder&apos;s name is longer than %1 characters (%2)</source>
        <translation>出资方名称超过 %1 个字符（%2）</translation>
    </message>
    <message>
        <source>the rate&apos;s source is longer than %1 characters (%2)</source>
        <translation>汇率来源超过 %1 个字符（%2）</translation>
    </message>
    <message>
        <source>cost line %1: %2</source>
        <translation>费用行 %1：%2</translation>
    </message>
    <message>
        <source>the assessment would hold %1 MB of text (answers, comments, evidence, the action plan, review notes), more than a workbook carries (%2 MB): shorten the longest texts or attach long documents as files</source>
        <translation>评估将含有%1 MB文本（答复、评论、证据、行动计划、审核说明），超过工作簿可容纳的%2 MB：请缩短最长的文本，或将长文档作为文件附上</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>the reporting period %1 is not a year such as 2026 or a half-year such as 2026-H1</source>
        <translation>报告期%1既不是年份（如2026），也不是半年（如2026-H1）</translation>
    </message>
    <message>
        <source>the period %1 is before the plan, which starts in %2</source>
        <translation>期间%1早于计划的起始年份%2</translation>
    </message>
    <message>
        <source>the period %1 has not begun (today is %2)</source>
        <translation>期间%1尚未开始（今天是%2）</translation>
    </message>
    <message>
        <source>the period %1 is outside the plan&apos;s years (%2–%3)</source>
        <translation>期间%1不在计划年份（%2–%3）之内</translation>
    </message>
    <message>
        <source>give the date the value of indicator %1 was measured</source>
        <translation>请填写指标%1数值的测量日期</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 is not a date YYYY-MM-DD: %2</source>
        <translation>指标%1数值的日期不是YYYY-MM-DD格式的日期：%2</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 (%2) is after today (%3)</source>
        <translation>指标%1数值的日期（%2）晚于今天（%3）</translation>
    </message>
    <message>
        <source>the value of indicator %1 (%2) is not a number: write digits, such as 42 or 37.5</source>
        <translation>指标%1的数值（%2）不是数字：请输入数字，如42或37.5</translation>
    </message>
    <message>
        <source>action %1 has progress recorded for %2: it stays in the plan so that its money stays counted; report it as dropped, with the reason, or remove its progress first</source>
        <translation>行动%1已记录%2的进展：该行动保留在计划中，以便其资金继续计入；请将其报告为已放弃并说明原因，或先删除其进展</translation>
    </message>
    <message>
        <source>cost line %1 of action %2 (%3, %4) holds money recorded for %5: it keeps its place, year, currency and funder (change its amount, or add a new line after it)</source>
        <translation>行动%2的成本项%1（%3，%4）载有%5记录的资金：该项须保留其位置、年份、货币和出资方（可修改其金额，或在其后添加新项）</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters (%2): shorten it</source>
        <translation>标题超过%1个字符（%2）：请缩短</translation>
    </message>
    <message>
        <source>%1 already has an assessment for round %2 (%4): open it, or choose another round</source>
        <translation>%1已有第%2轮的评估（%4）：请打开它，或选择其他轮次</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>is the database or one of its files; it is never attached as a document</source>
        <translation>是数据库或其文件之一；此类文件绝不作为文档附加</translation>
    </message>
    <message>
        <source>is a backup of the database; it is never attached as a document</source>
        <translation>是数据库的备份；备份绝不作为文档附加</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open the selected assessment (home)</source>
        <translation>打开所选评估（主页）</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Assessment details: title, round, country</source>
        <translation>评估详情：标题、轮次、国家</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the assessment, back to the list</source>
        <translation>关闭评估，返回列表</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation>撤销上一个答复</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>在问题、编号和评论中查找</translation>
    </message>
    <message>
        <source>F3 / Shift+F3</source>
        <translation>F3 / Shift+F3</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>下一个／上一个匹配项</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Next unanswered item</source>
        <translation>下一个未答问题</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Previous unanswered item</source>
        <translation>上一个未答问题</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Review the current answer (a question, a grid row, a matrix cell)</source>
        <translation>审核当前答复（一个问题、表格的一行或矩阵的一个单元格）</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>History of the current answer: who, when, restore a value</source>
        <translation>当前答复的历史：由谁、何时，恢复某个值</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Next answer not reviewed</source>
        <translation>下一个未审核的答复</translation>
    </message>
    <message>
        <source>Ctrl+1 / 2 / 3</source>
        <translation>Ctrl+1 / 2 / 3</translation>
    </message>
    <message>
        <source>Questions / Matrix / Dashboard</source>
        <translation>问题／矩阵／仪表板</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Focus the navigator</source>
        <translation>转到导航栏</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Next questionnaire language</source>
        <translation>下一种问卷语言</translation>
    </message>
    <message>
        <source>Alt+Down / Alt+Up</source>
        <translation>Alt+↓ / Alt+↑</translation>
    </message>
    <message>
        <source>Next / previous section</source>
        <translation>下一领域／上一领域</translation>
    </message>
    <message>
        <source>Enter (matrix)</source>
        <translation>Enter（矩阵）</translation>
    </message>
    <message>
        <source>Edit the current cell&apos;s fields</source>
        <translation>编辑当前单元格的字段</translation>
    </message>
    <message>
        <source>Esc (matrix panel)</source>
        <translation>Esc（矩阵面板）</translation>
    </message>
    <message>
        <source>Back to the grid</source>
        <translation>返回网格</translation>
    </message>
    <message>
        <source>F4 (grid)</source>
        <translation>F4（表格）</translation>
    </message>
    <message>
        <source>Open a cell&apos;s list or calendar</source>
        <translation>打开单元格的列表或日历</translation>
    </message>
    <message>
        <source>Delete (grid)</source>
        <translation>Delete（网格）</translation>
    </message>
    <message>
        <source>Clear a cell</source>
        <translation>清除单元格</translation>
    </message>
    <message>
        <source>Shift+F10 (grid)</source>
        <translation>Shift+F10（网格）</translation>
    </message>
    <message>
        <source>Don&apos;t know / not applicable / clear</source>
        <translation>不知道／不适用／清除</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF报告</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Help (offline)</source>
        <translation>帮助（离线）</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Completeness: %1 of the primary questions answered or not applicable, weighted by section (the method asks at least %2).</source>
        <translation>完整性：已回答或不适用的主要问题占%1（按领域权重加权；方法要求至少%2）。</translation>
    </message>
    <message>
        <source>Open follow-ups: %1.</source>
        <translation>审核中标为需跟进的答复：%1。</translation>
    </message>
    <message>
        <source>Answers not reviewed: %1 of %2.</source>
        <translation>未审核的答复：%2个中的%1个。</translation>
    </message>
    <message>
        <source>Disputed answers: %1.</source>
        <translation>有争议的答复：%1。</translation>
    </message>
    <message>
        <source>Answers citing a document that is not attached: %1.</source>
        <translation>引用了未附文档的答复：%1。</translation>
    </message>
    <message>
        <source>The score is provisional: too little is known for a band.</source>
        <translation>得分为暂定：已知信息太少，无法确定等级。</translation>
    </message>
    <message>
        <source>The supervisor has not signed the reviews off (Edit ▸ Sign off the reviews).</source>
        <translation>主管尚未签核审核结果（编辑 ▸ 签核审核结果）。</translation>
    </message>
    <message>
        <source>Answers reviewed: %1 of %2.</source>
        <translation>已审核的答复：%1/%2。</translation>
    </message>
    <message>
        <source>The reviews cannot be signed off yet: review every answer (F8 goes to the next one) and settle every follow-up first.</source>
        <translation>尚不能签核审核结果：请先审核每一项答复（F8转到下一项），并处理完所有需跟进的答复。</translation>
    </message>
    <message>
        <source>The reviews can be signed off. Disputed answers and missing documents are written into the record and printed on the report&apos;s cover.</source>
        <translation>可以签核审核结果。有争议的答复和缺失的文档将记入记录，并印在报告封面上。</translation>
    </message>
    <message>
        <source>Reviews signed off by %1 (%2) on %3.</source>
        <translation>审核结果已由%1（%2）于%3签核。</translation>
    </message>
    <message>
        <source>It cannot be validated yet: bring completeness up to the threshold and settle every follow-up first.</source>
        <translation>尚不能核准：请先使完整性达到阈值，并处理完审核中所有需跟进的答复。</translation>
    </message>
    <message>
        <source>It can be validated. What stands open above is written into the validation&apos;s record and printed under the validation on the report&apos;s cover.</source>
        <translation>可以核准。上述尚未解决的事项将写入核准记录，并印在报告封面的核准信息下方。</translation>
    </message>
    <message>
        <source>It can be validated: nothing stands open.</source>
        <translation>可以核准：没有尚未解决的事项。</translation>
    </message>
    <message>
        <source>Validated for the national statistics office by %1 (%2, %3) on %4.</source>
        <translation>已由%1（%2，%3）于%4代表国家统计局核准。</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>核准(&amp;V)</translation>
    </message>
    <message>
        <source>Validate for the national statistics office</source>
        <translation>代表国家统计局核准</translation>
    </message>
    <message>
        <source>Record who validates this assessment for the national statistics office. It becomes final: read-only until it is reopened, with a reason. The validation is printed on the report&apos;s cover and carried in the workbook.</source>
        <translation>记录代表国家统计局核准本评估的人员。核准后评估即为定稿：在说明理由重新打开之前为只读。核准信息印在报告封面上，并随工作簿一并提供。</translation>
    </message>
    <message>
        <source>e.g. Director-General</source>
        <translation>例如：局长</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Give the name, position and institution of the person who validates, and the date.</source>
        <translation>请填写核准人的姓名、职务和机构以及日期。</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>签核(&amp;S)</translation>
    </message>
    <message>
        <source>Sign off the reviews</source>
        <translation>签核审核结果</translation>
    </message>
    <message>
        <source>The mission&apos;s supervisor certifies that every answer was reviewed. This is not the national statistics office&apos;s validation, which comes after it. The supervisor is named here; the laptop&apos;s operator is recorded as who entered it.</source>
        <translation>评估团主管确认每一项答复均已审核。这不是国家统计局的核准，核准在其后进行。此处填写主管的姓名；本机操作员记录为录入人。</translation>
    </message>
    <message>
        <source>e.g. Mission supervisor</source>
        <translation>例如：评估团主管</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Give the supervisor&apos;s name and position, and the date.</source>
        <translation>请填写主管的姓名和职务以及日期。</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation>重新打开评估</translation>
    </message>
    <message>
        <source>Reopening withdraws the validation: the report&apos;s cover and the workbook will say it was withdrawn, when, by whom and why, and list the answers changed afterwards. It can be validated again once the changes are made.</source>
        <translation>重新开启将撤回核准：报告封面和工作簿将注明核准已撤回、撤回时间、撤回人及原因，并列出此后更改的答复。完成更改后可再次核准。</translation>
    </message>
    <message>
        <source>It withdraws the supervisor&apos;s review sign-off too: the reviews are signed off again before the next validation.</source>
        <translation>这也会撤回主管对审核结果的签核：下一次核准之前须重新签核审核结果。</translation>
    </message>
    <message>
        <source>This assessment is final. Say why it is reopened: the rea&amp;son is recorded with your name and the time.</source>
        <translation>本评估已定稿。请说明重新打开的理由(&amp;S)：理由将与您的姓名和时间一并记录。</translation>
    </message>
    <message>
        <source>Say why the assessment is reopened: a reason is required.</source>
        <translation>请说明重新打开评估的理由：理由为必填项。</translation>
    </message>
    <message>
        <source>This assessment is already final: reopen it (Status), with a reason, to validate it again.</source>
        <translation>本评估已是定稿：请在“状态”中说明理由后重新打开，才能再次核准。</translation>
    </message>
    <message>
        <source>This assessment is final: the reviews are signed off before the validation. Reopen it (Status), with a reason, to sign them off again.</source>
        <translation>此评估已定稿：审核结果须在核准之前签核。如需重新签核，请说明理由后重新打开（状态）。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
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
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Status of the assessment</source>
        <translation>评估状态</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Progress of %s</source>
        <translation>%s进度</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Save before going on?</source>
        <translation>继续之前先保存吗？</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <source>the data folder cannot be written (it is read-only, or on a read-only drive)</source>
        <translation>无法写入数据文件夹（该文件夹为只读，或位于只读驱动器上）</translation>
    </message>
    <message>
        <source>the disk is full (free some space)</source>
        <translation>磁盘已满（请释放一些空间）</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>另一个程序正在使用数据库</translation>
    </message>
    <message>
        <source>the disk could not be written (was the drive removed?)</source>
        <translation>无法写入磁盘（驱动器是否已被移除？）</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>数据库已关闭</translation>
    </message>
    <message>
        <source>the database could not be written</source>
        <translation>无法写入数据库</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>A year from %d to %d</source>
        <translation>%d至%d之间的年份</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>The window&apos;s preferences cannot be read</source>
        <translation>无法读取窗口的首选项</translation>
    </message>
    <message>
        <source>{file}

This is not a file the window can read its preferences from (a named pipe, a device or a folder, or a file larger than 1 MB). Move it away or delete it, then start the application again.</source>
        <translation>{file}

窗口无法从此文件读取首选项（它是命名管道、设备或文件夹，或是大于 1 MB 的文件）。请将其移走或删除，然后重新启动应用程序。</translation>
    </message>
    <message>
        <source>Moving the data folder</source>
        <translation>正在移动数据文件夹</translation>
    </message>
    <message>
        <source>Moving the data folder chosen in Preferences (the database and its backups are copied, then checked)…</source>
        <translation>正在移动首选项中所选的数据文件夹（先复制数据库及其备份，然后进行检查）…</translation>
    </message>
    <message>
        <source>Upgrading the database</source>
        <translation>正在升级数据库</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of the application (a backup of it is taken first)…</source>
        <translation>正在为此版本的应用程序升级数据库（先进行备份）…</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>无法使用数据文件夹</translation>
    </message>
</context>
</TS>
