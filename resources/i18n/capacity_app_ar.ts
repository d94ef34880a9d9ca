<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Generated from resources/i18n/window.ar.yaml by tools/translations.py release: edit the catalogue, not this file. -->
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>user interface</source>
        <translation>واجهة المستخدم</translation>
    </message>
    <message>
        <source>language runtime</source>
        <translation>بيئة تشغيل اللغة البرمجية</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>PDF reports</source>
        <translation>تقارير PDF</translation>
    </message>
    <message>
        <source>report templates</source>
        <translation>قوالب التقارير</translation>
    </message>
    <message>
        <source>Excel workbooks (writing)</source>
        <translation>مصنفات Excel (الكتابة)</translation>
    </message>
    <message>
        <source>report charts</source>
        <translation>الرسوم البيانية في التقارير</translation>
    </message>
    <message>
        <source>questionnaire files</source>
        <translation>ملفات الاستبيان</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>dates and numbers in the application&apos;s languages (%1)</source>
        <translation>التواريخ والأرقام بلغات التطبيق (%1)</translation>
    </message>
    <message>
        <source>country and region names and codes in the six official UN languages, currencies, LDC, LLDC and SIDS lists (resources/data/m49.SOURCE.md)</source>
        <translation>أسماء البلدان والمناطق ورموزها باللغات الرسمية الست للأمم المتحدة، والعملات، وقوائم أقل البلدان نموًا والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية (resources/data/m49.SOURCE.md)</translation>
    </message>
    <message>
        <source>the report&apos;s font</source>
        <translation>خط التقرير</translation>
    </message>
    <message>
        <source>Arabic, Chinese, Japanese and Korean in the reports and the window</source>
        <translation>العربية والصينية واليابانية والكورية في التقارير والنافذة</translation>
    </message>
    <message>
        <source>%1: translation reviewed by %2, %3</source>
        <translation>%1: ترجمة راجعها %2، %3</translation>
    </message>
    <message>
        <source>%1: a first translation, to be reviewed by a United Nations translator</source>
        <translation>%1: ترجمة أولى، لم يراجعها بعدُ مترجم من الأمم المتحدة</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>تقييم القدرات الوطنية في مجال بيانات الهجرة</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>الإصدار %s</translation>
    </message>
    <message>
        <source>Questionnaire version %s</source>
        <translation>إصدار الاستبيان %s</translation>
    </message>
    <message>
        <source>Data folder: %s</source>
        <translation>مجلد البيانات: %s</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>قاعدة البيانات: %s</translation>
    </message>
    <message>
        <source>Built on the UNSD toolkit to assess national migration data capacity (2018). Works offline: it never uses the network.</source>
        <translation>مبني على مجموعة أدوات شعبة الإحصاءات بالأمم المتحدة لتقييم القدرات الوطنية في مجال بيانات الهجرة (2018). يعمل دون اتصال: لا يستخدم الشبكة أبدًا.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>What the application ships, and under which licence</source>
        <translation>المكونات التي يتضمنها التطبيق، والترخيص الذي يخضع له كل منها</translation>
    </message>
</context>
<context>
    <name>AchievedDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <source>What the earlier plan achieved</source>
        <translation>ما حققته الخطة السابقة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>The earlier plan&apos;s actions and the gaps they targeted</source>
        <translation>إجراءات الخطة السابقة والفجوات التي استهدفتها</translation>
    </message>
    <message>
        <source>The plan of round %1: each action&apos;s outcome, and under it the gaps it targeted, their gap then and now (0 none, 3 the largest).</source>
        <translation>خطة جولة %1: نتيجة كل إجراء، وتحتها الفجوات التي استهدفها، وحجم كل فجوة آنذاك والآن (0 لا فجوة، و3 أكبر فجوة).</translation>
    </message>
    <message>
        <source>no progress report</source>
        <translation>لا يوجد تقرير عن التقدم المحرز</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>بلا درجة</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Planned</source>
        <translation>مُخطَّط له</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مُنجز</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>action %s</source>
        <translation>الإجراء %s</translation>
    </message>
    <message>
        <source>removing action %s</source>
        <translation>حذف الإجراء %s</translation>
    </message>
    <message>
        <source>new action %s</source>
        <translation>إجراء جديد %s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation>المي&amp;زانية…</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>إجراء &amp;جديد</translation>
    </message>
    <message>
        <source>Add an action by hand (Insert in the table)</source>
        <translation>إضافة إجراء يدويًا (Insert في الجدول)</translation>
    </message>
    <message>
        <source>Draft from &amp;recommendations</source>
        <translation>صيا&amp;غة من التوصيات</translation>
    </message>
    <message>
        <source>Add an action for each recommendation of the scoring that the plan does not have yet</source>
        <translation>إضافة إجراء لكل توصية من توصيات حساب الدرجات لا تتضمنها الخطة بعد</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up in the table</source>
        <translation>Ctrl+Shift+Up في الجدول</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down in the table</source>
        <translation>Ctrl+Shift+Down في الجدول</translation>
    </message>
    <message>
        <source>Responsible institutions:</source>
        <translation>المؤسسات المسؤولة:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>البداية:</translation>
    </message>
    <message>
        <source>Resources or technical assistance:</source>
        <translation>الموارد أو المساعدة التقنية:</translation>
    </message>
    <message>
        <source>Milestone or indicator of success:</source>
        <translation>المَعلم الرئيسي أو مؤشر النجاح:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Policy questions:</source>
        <translation>أسئلة السياسات:</translation>
    </message>
    <message>
        <source>National strategy ob&amp;jective (NSDS):</source>
        <translation>&amp;هدف الاستراتيجية الوطنية لتطوير الإحصاءات:</translation>
    </message>
    <message>
        <source>Cost lines:</source>
        <translation>بنود التكلفة:</translation>
    </message>
    <message>
        <source>A quarter (%1) or a date (%2)</source>
        <translation>ربع سنة (%1) أو تاريخ (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>What the country will do about the gaps: who owns each action, by when, at what cost and funded by whom. Draft the actions from the recommendations, tick the few priority actions, cost them, then record the government&apos;s validation. Every change is saved at once; Ctrl+Z undoes it.</source>
        <translation>ما سيفعله البلد لمعالجة الفجوات: الجهة المسؤولة عن كل إجراء، وموعد إنجازه، وتكلفته، ومن يموله. صوغوا الإجراءات انطلاقًا من التوصيات، وضعوا علامة على الإجراءات القليلة ذات الأولوية، وحددوا تكلفتها، ثم سجلوا اعتماد الحكومة. يُحفظ كل تغيير فورًا؛ ويُلغى بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Currenc&amp;y…</source>
        <translation>ا&amp;لعملة…</translation>
    </message>
    <message>
        <source>Re&amp;sults chain…</source>
        <translation>سلسلة الن&amp;تائج…</translation>
    </message>
    <message>
        <source>Fund&amp;ing request…</source>
        <translation>&amp;طلب التمويل…</translation>
    </message>
    <message>
        <source>Funding request f&amp;or a partner…</source>
        <translation>طلب تمويل موجَّه إلى &amp;شريك…</translation>
    </message>
    <message>
        <source>The plan&apos;s currency and its exchange rates to the US dollar</source>
        <translation>عملة الخطة وأسعار صرفها مقابل دولار الولايات المتحدة</translation>
    </message>
    <message>
        <source>The cost by year, institution and funding source, and the financing gap</source>
        <translation>التكلفة حسب السنة والمؤسسة ومصدر التمويل، وفجوة التمويل</translation>
    </message>
    <message>
        <source>What the previous round&apos;s plan achieved, beside the gaps it targeted and their scores now</source>
        <translation>ما حققته خطة الجولة السابقة، مقابل الفجوات التي استهدفتها ودرجاتها الحالية</translation>
    </message>
    <message>
        <source>The plan followed after its funding: each action&apos;s status, reason and money per reporting period (never amends the validated plan)</source>
        <translation>متابعة الخطة بعد تمويلها: حالة كل إجراء وسببها والأموال المتعلقة به حسب فترة الإبلاغ (دون تعديل الخطة المعتمدة أبدًا)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>A cost line: year, amount, funding source (Insert in the list)</source>
        <translation>بند تكلفة: السنة، والمبلغ، ومصدر التمويل (Insert في القائمة)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected cost line (Enter in the list)</source>
        <translation>تعديل بند التكلفة المحدد (Enter في القائمة)</translation>
    </message>
    <message>
        <source>Remove the selected cost line (Delete in the list)</source>
        <translation>حذف بند التكلفة المحدد (Delete في القائمة)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <source>Cost lines of the action</source>
        <translation>بنود تكلفة الإجراء</translation>
    </message>
    <message>
        <source>Priority action (plan at a glance)</source>
        <translation>إجراء ذو أولوية (الخطة في لمحة)</translation>
    </message>
    <message>
        <source>One of the few actions the government chose: at most %d, shown on the report&apos;s one-page plan at a glance</source>
        <translation>أحد الإجراءات القليلة التي اختارتها الحكومة: %d على الأكثر، تُعرض في صفحة «الخطة في لمحة» من التقرير</translation>
    </message>
    <message>
        <source>e.g. NSDS 2025-2029, objective 3.2</source>
        <translation>مثل الاستراتيجية الوطنية لتطوير الإحصاءات 2025-2029، الهدف 3.2</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل إلى الأس&amp;فل</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete in the table)</source>
        <translation>حذف الإجراء المحدد (Delete في الجدول)</translation>
    </message>
    <message>
        <source>Attach do&amp;cument…</source>
        <translation>إ&amp;رفاق وثيقة…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>إجراءات الخطة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوا&amp;ن:</translation>
    </message>
    <message>
        <source>Results framework: indicator:</source>
        <translation>إطار النتائج: المؤشر:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>خط الأساس:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>القيمة المستهدفة:</translation>
    </message>
    <message>
        <source>Means of verification:</source>
        <translation>وسائل التحقق:</translation>
    </message>
    <message>
        <source>Risks and assumptions:</source>
        <translation>المخاطر والافتراضات:</translation>
    </message>
    <message>
        <source>SDG target:</source>
        <translation>غاية أهداف التنمية المستدامة:</translation>
    </message>
    <message>
        <source>e.g. 17.18</source>
        <translation>مثلًا 17.18</translation>
    </message>
    <message>
        <source>The SDG target the action serves: goal, a point, the target&apos;s number or letter</source>
        <translation>غاية أهداف التنمية المستدامة التي يخدمها الإجراء: الهدف ثم نقطة ثم رقم الغاية أو حرفها</translation>
    </message>
    <message>
        <source>The indicator&apos;s value now, with its year</source>
        <translation>قيمة المؤشر الآن، مع سنتها</translation>
    </message>
    <message>
        <source>The value to reach, with its year</source>
        <translation>القيمة المراد بلوغها، مع سنتها</translation>
    </message>
    <message>
        <source>end:</source>
        <translation>النهاية:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>الوثائق:</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>مؤسسة واحدة في كل سطر</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Letters, e.g. A, C</source>
        <translation>الحروف، مثل A, C</translation>
    </message>
    <message>
        <source>No actions yet: draft them from the recommendations, or add one.</source>
        <translation>لا توجد إجراءات بعد: صوغوها انطلاقًا من التوصيات، أو أضيفوا إجراءً.</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>الت&amp;قدم المحرز…</translation>
    </message>
    <message>
        <source>Earlier p&amp;lan…</source>
        <translation>الخطة السا&amp;بقة…</translation>
    </message>
    <message>
        <source>Add from the assessment:</source>
        <translation>إضافة من التقييم:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>يعتمد على:</translation>
    </message>
    <message>
        <source>(choose an institution)</source>
        <translation>(اختاروا مؤسسة)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(لا توجد جهة مسؤولة)</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>ما يتعين القيام به</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>المؤسسات المسؤولة</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>results framework</source>
        <translation>إطار النتائج</translation>
    </message>
    <message>
        <source>risks and assumptions</source>
        <translation>المخاطر والافتراضات</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>غاية أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>dependencies on other actions</source>
        <translation>الاعتماد على إجراءات أخرى</translation>
    </message>
    <message>
        <source>cost categories</source>
        <translation>فئات التكاليف</translation>
    </message>
    <message>
        <source>cost bases</source>
        <translation>أسس حساب التكاليف</translation>
    </message>
    <message>
        <source>sustainability</source>
        <translation>الاستدامة</translation>
    </message>
    <message>
        <source>Added after the validation</source>
        <translation>أضيف بعد الاعتماد</translation>
    </message>
    <message>
        <source>Changed after the validation: %s</source>
        <translation>عُدِّل بعد الاعتماد: %s</translation>
    </message>
    <message>
        <source>Proposed plan: not validated yet. When the government has approved it, record the validation.</source>
        <translation>خطة مقترحة: لم تُعتمد بعد. سجلوا الاعتماد حين توافق عليها الحكومة.</translation>
    </message>
    <message>
        <source>Validated on %1 (%2), approved by %3, %4.</source>
        <translation>اعتُمدت في %1 (%2)، وحظيت بموافقة %3، %4.</translation>
    </message>
    <message>
        <source>Changed since (✎): %s.</source>
        <translation>عدد الإجراءات المعدَّلة منذ ذلك الحين (✎): %s.</translation>
    </message>
    <message>
        <source>Priority actions: %1 of at most %2.</source>
        <translation>الإجراءات ذات الأولوية: %1 (الحد الأقصى: %2).</translation>
    </message>
    <message>
        <source>V&amp;alidation…</source>
        <translation>الاعتما&amp;د…</translation>
    </message>
    <message>
        <source>Record the v&amp;alidation…</source>
        <translation>تسجيل الاعتما&amp;د…</translation>
    </message>
    <message>
        <source>Date, event, institutions present, approved by (name and position)</source>
        <translation>التاريخ، والمناسبة، والمؤسسات الحاضرة، والجهة الموافِقة (الاسم والمنصب)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Plan currency: %s.</source>
        <translation>عملة الخطة: %s.</translation>
    </message>
    <message>
        <source>Drafted from the recommendation %s.</source>
        <translation>صيغ انطلاقًا من التوصية %s.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>أضيف يدويًا.</translation>
    </message>
    <message>
        <source>Not a quarter or a date: “%1”. Type, for example, %2 or %3.</source>
        <translation>ليس ربع سنة ولا تاريخًا: «%1». اكتبوا مثلًا %2 أو %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>Every recommendation of the scoring is already in the plan.</source>
        <translation>جميع توصيات حساب الدرجات موجودة بالفعل في الخطة.</translation>
    </message>
    <message numerus="yes">
        <source>drafting %n action(s)</source>
        <translation>
            <numerusform>صياغة الإجراءات (%n)</numerusform>
            <numerusform>صياغة الإجراءات (%n)</numerusform>
            <numerusform>صياغة الإجراءات (%n)</numerusform>
            <numerusform>صياغة الإجراءات (%n)</numerusform>
            <numerusform>صياغة الإجراءات (%n)</numerusform>
            <numerusform>صياغة الإجراءات (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>moving action %s</source>
        <translation>نقل الإجراء %s</translation>
    </message>
    <message>
        <source>The overall objective, the outcomes, their indicators with yearly targets, and the outcome each action serves</source>
        <translation>الهدف العام والحصائل ومؤشراتها مع القيم المستهدفة السنوية، والحصيلة التي يخدمها كل إجراء</translation>
    </message>
    <message>
        <source>Who commits the national budget&apos;s part and who signs the request</source>
        <translation>الجهة التي تلتزم بحصة الميزانية الوطنية ومَن يوقّع الطلب</translation>
    </message>
    <message>
        <source>The funding request for one development partner, as PDF or Word</source>
        <translation>طلب التمويل المقدَّم إلى شريك إنمائي واحد، بصيغة PDF أو Word</translation>
    </message>
</context>
<context>
    <name>AggregationDialog</name>
    <message>
        <source>Aggregate country workbooks</source>
        <translation>تجميع مصنفات البلدان</translation>
    </message>
    <message>
        <source>Drop exported workbooks or folders here, or add them:</source>
        <translation>أفلتوا هنا المصنفات المصدَّرة أو المجلدات، أو أضيفوها:</translation>
    </message>
    <message>
        <source>Workbooks and folders to aggregate</source>
        <translation>المصنفات والمجلدات المراد تجميعها</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>ال&amp;تحقق من الملفات</translation>
    </message>
    <message>
        <source>Read the files without writing anything: which would be rejected, superseded or in conflict, and why</source>
        <translation>قراءة الملفات دون كتابة أي شيء: أيها سيُرفض، أو يُستبدل بأحدث منه، أو يتعارض مع غيره، ولماذا</translation>
    </message>
    <message>
        <source>Files not used, with the reason</source>
        <translation>الملفات غير المستخدمة، مع ذكر السبب</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>the latest round of each country</source>
        <translation>أحدث جولة لكل بلد</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>ال&amp;جولة:</translation>
    </message>
    <message>
        <source>&amp;Final assessments only (drafts and assessments in progress left out)</source>
        <translation>التقييمات ال&amp;نهائية فقط (تُستبعد المسودات والتقييمات قيد الإنجاز)</translation>
    </message>
    <message>
        <source>the latest year reported (a year, 2026, or a half-year, 2026-H1)</source>
        <translation>آخر سنة مُبلغ عنها (سنة مثل 2026، أو نصف سنة مثل 2026-H1)</translation>
    </message>
    <message>
        <source>Implementation p&amp;eriod:</source>
        <translation>&amp;فترة التنفيذ:</translation>
    </message>
    <message>
        <source>UN M49 list (53 countries and areas)</source>
        <translation>قائمة M49 للأمم المتحدة (53 بلدًا ومنطقة)</translation>
    </message>
    <message>
        <source>UN-OHRLLS list</source>
        <translation>قائمة مكتب الممثل السامي (UN-OHRLLS)</translation>
    </message>
    <message>
        <source>SIDS &amp;list:</source>
        <translation>&amp;قائمة الدول الجزرية الصغيرة النامية:</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>لغة ال&amp;تسميات:</translation>
    </message>
    <message>
        <source>Also write the &amp;PDF summary (next to the workbook)</source>
        <translation>كتابة ال&amp;موجز بصيغة PDF أيضًا (بجانب المصنف)</translation>
    </message>
    <message>
        <source>Also write the analyst&apos;s files: CSV with a data dictionary, &amp;Stata and SPSS (a folder next to the workbook)</source>
        <translation>كتابة ملفات المحللين أيضًا: CSV مع قاموس للبيانات، و&amp;Stata وSPSS (في مجلد بجانب المصنف)</translation>
    </message>
    <message>
        <source>Output workbook</source>
        <translation>مصنف الناتج</translation>
    </message>
    <message>
        <source>aggregate.xlsx</source>
        <translation>aggregate.xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>الناتج:</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>تجميع</translation>
    </message>
    <message>
        <source>Checking the workbooks</source>
        <translation>جارٍ التحقق من المصنفات</translation>
    </message>
    <message>
        <source>The files could not be checked: %1</source>
        <translation>تعذّر التحقق من الملفات: %1</translation>
    </message>
    <message>
        <source>Tick the assessment to use for this country and round</source>
        <translation>ضعوا علامة على التقييم المراد استخدامه لهذا البلد وهذه الجولة</translation>
    </message>
    <message>
        <source>%1 workbooks used, %2 superseded, %3 rejected, %4 in conflict; %5 countries in the roll-ups.</source>
        <translation>المصنفات المستخدمة: %1، والمستبدلة: %2، والمرفوضة: %3، والمتعارضة: %4؛ وعدد البلدان في المجاميع: %5.</translation>
    </message>
    <message>
        <source>Tick one file of each conflict to use it, then check again or aggregate.</source>
        <translation>ضعوا علامة على ملف واحد من كل تعارض لاستخدامه، ثم أعيدوا التحقق أو اجمعوا.</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>المصنفات</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>المصنفات (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder of workbooks</source>
        <translation>مجلد المصنفات</translation>
    </message>
    <message>
        <source>Add at least one workbook or folder.</source>
        <translation>أضيفوا مصنفًا أو مجلدًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>&amp;Include provisional scores (no band: completeness below 80 % or no valid reference date); the roll-ups say how many</source>
        <translation>&amp;تضمين الدرجات المؤقتة (بلا فئة: اكتمال دون 80 % أو لا تاريخ مرجعي صالح)؛ تبيّن المجاميع عددها</translation>
    </message>
    <message>
        <source>Choose where to write the aggregate workbook.</source>
        <translation>اختاروا مكان كتابة المصنف المجمَّع.</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <source>answer %s</source>
        <translation>الإجابة %s</translation>
    </message>
</context>
<context>
    <name>ArchivedDialog</name>
    <message>
        <source>Archived answers</source>
        <translation>الإجابات المؤرشفة</translation>
    </message>
    <message>
        <source>Answers to questions this questionnaire version no longer asks: kept in the assessment as they were given, exported on the workbook&apos;s Archived answers sheet and printed in the report&apos;s annex. They are not scored.</source>
        <translation>إجابات عن أسئلة لم يعد إصدار الاستبيان هذا يطرحها: محفوظة في التقييم كما قُدِّمت، ومصدَّرة في ورقة Archived answers من المصنف، ومطبوعة في مرفق التقرير. ولا تدخل في حساب الدرجات.</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>معرّف السؤال</translation>
    </message>
    <message>
        <source>Asked in version</source>
        <translation>طُرح في الإصدار</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>تاريخ الأرشفة</translation>
    </message>
    <message>
        <source>Archived answers, in the order archived</source>
        <translation>الإجابات المؤرشفة، بترتيب أرشفتها</translation>
    </message>
    <message>
        <source>No answer is archived: every answer has its question in this questionnaire version.</source>
        <translation>لا توجد إجابة مؤرشفة: لكل إجابة سؤالها في إصدار الاستبيان هذا.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <source>Details of %1 %2</source>
        <translation>تفاصيل %1 %2</translation>
    </message>
    <message>
        <source>empty: made from the country and round</source>
        <translation>فارغ: يُكوَّن من البلد والجولة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>الجولة (السنة)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>ال&amp;جولة:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>The mission&apos;s dates and the institutions met are the answers of section S0 (Mission and respondents): correct them there.</source>
        <translation>تواريخ البعثة والمؤسسات التي تمت مقابلتها هي إجابات القسم S0 (البعثة والمجيبون): صحّحها هناك.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>The assessment&apos;s details typed are not saved.</source>
        <translation>تفاصيل التقييم المُدخَلة لم تُحفظ.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>حُفظت التفاصيل.</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>نسبة الاكتمال</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <source>Not saved: %s. What you entered is kept here; try again when this is fixed.</source>
        <translation>لم يُحفظ: %s. ما أدخلتموه محفوظ هنا؛ أعيدوا المحاولة بعد إصلاح المشكلة.</translation>
    </message>
    <message>
        <source>the database is damaged (it is open read-only): nothing can be changed until the last good backup is restored</source>
        <translation>قاعدة البيانات تالفة (مفتوحة للقراءة فقط): لا يمكن تغيير شيء حتى تُستعاد آخر نسخة احتياطية سليمة</translation>
    </message>
    <message>
        <source>the database cannot be written (it is open read-only): nothing can be changed</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات (فهي مفتوحة للقراءة فقط): لا يمكن تغيير أي شيء</translation>
    </message>
    <message>
        <source>this assessment was validated for the national statistics office by %1 (%2, %3) on %4: reopen it, with a reason, to change it</source>
        <translation>اعتُمد هذا التقييم باسم المكتب الإحصائي الوطني من قِبل %1 (%2، %3) في %4: أعيدوا فتحه، مع ذكر السبب، لتغييره</translation>
    </message>
    <message>
        <source>this assessment is final: set its status back to “In progress” to change it</source>
        <translation>هذا التقييم نهائي؛ ولتعديله، أعيدوا حالته إلى «قيد الإنجاز»</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>Draft: the mission has started; the report is marked DRAFT.</source>
        <translation>مسودة: بدأت البعثة؛ ويحمل التقرير علامة «مسودة».</translation>
    </message>
    <message>
        <source>In progress: answers are being collected and checked; the report is marked DRAFT.</source>
        <translation>قيد الإنجاز: يجري جمع الإجابات والتحقق منها؛ ويحمل التقرير علامة «مسودة».</translation>
    </message>
    <message>
        <source>Final: the answers, comments, evidence and action plan are read-only until the status is set back to In progress; the report no longer carries the DRAFT mark.</source>
        <translation>نهائي: تصبح الإجابات والتعليقات والأدلة وخطة العمل للقراءة فقط إلى أن تُعاد الحالة إلى «قيد الإنجاز»؛ ولا يحمل التقرير بعد ذلك علامة «مسودة».</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Questions listed</source>
        <translation>الأسئلة المعروضة</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>كل الأسئلة</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>بلا إجابة</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>لم تُراجَع</translation>
    </message>
    <message>
        <source>Follow-up or disputed</source>
        <translation>للمتابعة أو مُعترَض عليها</translation>
    </message>
    <message>
        <source>Questionnaire navigator</source>
        <translation>متصفح الاستبيان</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>الأس&amp;ئلة</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>الم&amp;صفوفة</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ل&amp;وحة المتابعة</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;خطة العمل</translation>
    </message>
</context>
<context>
    <name>CarriedAssessments</name>
    <message>
        <source>Assessment %1 (%2 %3) stays on questionnaire %4: it could not be carried to %5 here (%6).</source>
        <translation>يبقى التقييم %1 (%2 %3) على الاستبيان %4: تعذّر نقله هنا إلى الاستبيان %5 (%6).</translation>
    </message>
    <message>
        <source>Assessment %1 (%2 %3) moved from questionnaire %4 to %5. Answers to questions %5 no longer asks, archived (kept in the assessment, listed by Edit ▸ Archived answers, exported on its workbook&apos;s Archived answers sheet): %6 (%7).</source>
        <translation>انتقل التقييم %1 (%2 %3) من الاستبيان %4 إلى الاستبيان %5. الإجابات عن أسئلة لم يعد %5 يطرحها مؤرشفة (محفوظة في التقييم، وتعرضها قائمة تحرير ▸ الإجابات المؤرشفة، وتُصدَّر في ورقة Archived answers من مصنفه): %6 (%7).</translation>
    </message>
    <message>
        <source>Stopped: the assessments not yet moved stay on the earlier questionnaire; the next start of the application moves them.</source>
        <translation>توقف النقل: تبقى التقييمات التي لم تُنقل بعد على الاستبيان السابق، وستُنقل عند التشغيل التالي للتطبيق.</translation>
    </message>
    <message>
        <source>Moving assessments to questionnaire %1</source>
        <translation>جارٍ نقل التقييمات إلى الاستبيان %1</translation>
    </message>
    <message>
        <source>Assessments moved to questionnaire %1: %2.</source>
        <translation>التقييمات المنقولة إلى الاستبيان %1: %2.</translation>
    </message>
    <message>
        <source>Assessments of an earlier questionnaire</source>
        <translation>تقييمات استبيان سابق</translation>
    </message>
    <message>
        <source>Archived answers to questions an earlier questionnaire asked are on the workbook&apos;s Archived answers sheet, not among its answers: %1 (%2).</source>
        <translation>الإجابات المؤرشفة عن أسئلة طرحها استبيان سابق موجودة في ورقة Archived answers من المصنف، لا بين إجاباته: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Variables this question needs: %s</source>
        <translation>المتغيرات التي يحتاج إليها هذا السؤال: %s</translation>
    </message>
    <message>
        <source>● main source</source>
        <translation>● مصدر رئيسي</translation>
    </message>
    <message>
        <source>○ supporting source</source>
        <translation>○ مصدر داعم</translation>
    </message>
    <message>
        <source>not an expected source (may still be used)</source>
        <translation>ليس مصدرًا متوقعًا (يجوز استخدامه مع ذلك)</translation>
    </message>
    <message>
        <source>Derived level: %s of 3</source>
        <translation>المستوى المشتق: %s من 3</translation>
    </message>
    <message>
        <source>Derived level: shown when scoring is available</source>
        <translation>المستوى المشتق: يظهر عندما يتاح حساب الدرجات</translation>
    </message>
    <message>
        <source>Derived level: not yet (answer &apos;exists&apos; first)</source>
        <translation>المستوى المشتق: ليس بعد (أجيبوا أولًا عن السؤال المتعلق بوجود المصدر)</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <source>Comment (who said what, caveats, follow-up)</source>
        <translation>تعليق (من قال ماذا، والتحفظات، والمتابعة)</translation>
    </message>
    <message>
        <source>Comment on %s</source>
        <translation>تعليق على %s</translation>
    </message>
    <message>
        <source>Evidence for %s</source>
        <translation>الأدلة على %s</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>نوع الدليل</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان شبكي</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Document title, web address or institution</source>
        <translation>عنوان الوثيقة أو العنوان الشبكي أو المؤسسة</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>نص الدليل</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove selected evidence</source>
        <translation>حذف الدليل المحدد</translation>
    </message>
    <message>
        <source>“%1” is not added yet: Enter in its field or Add evidence adds it.</source>
        <translation>«%1» لم يُضف بعد: Enter في حقله أو «إضافة دليل» يضيفه.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Changes between the two rounds</source>
        <translation>التغييرات بين الجولتين</translation>
    </message>
    <message>
        <source>No change between the two rounds.</source>
        <translation>لا تغيير بين الجولتين.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>مقارنة الجولات</translation>
    </message>
    <message>
        <source>The rounds cannot be compared.</source>
        <translation>لا يمكن مقارنة الجولتين.</translation>
    </message>
    <message>
        <source>Compare rounds %1 and %2</source>
        <translation>مقارنة الجولتين %1 و%2</translation>
    </message>
    <message>
        <source>Round %1 (reference date %2) → round %3 (reference date %4)</source>
        <translation>الجولة %1 (التاريخ المرجعي %2) ← الجولة %3 (التاريخ المرجعي %4)</translation>
    </message>
    <message>
        <source>Both rounds are scored now under the current scoring rules (version %s), so the changes come from the answers only.</source>
        <translation>تُحسب درجات الجولتين الآن وفق قواعد حساب الدرجات الحالية (الإصدار %s)، ومن ثم فإن التغييرات ناتجة عن الإجابات وحدها.</translation>
    </message>
    <message>
        <source>Overall score: %1 → %2 (%3)</source>
        <translation>الدرجة الإجمالية: %1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>Round %s</source>
        <translation>الجولة %s</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>التحسينات</translation>
    </message>
    <message>
        <source>Regressions</source>
        <translation>التراجعات</translation>
    </message>
    <message>
        <source>Section %s</source>
        <translation>الفرع %s</translation>
    </message>
    <message>
        <source>Policy question %s</source>
        <translation>سؤال السياسات %s</translation>
    </message>
    <message>
        <source>availability %1, gap %2</source>
        <translation>التوافر %1، الفجوة %2</translation>
    </message>
    <message>
        <source>Matrix %1 × %2</source>
        <translation>المصفوفة %1 × %2</translation>
    </message>
    <message>
        <source>level %s</source>
        <translation>المستوى %s</translation>
    </message>
    <message>
        <source>Done since round %s: %s</source>
        <translation>منجز منذ الجولة %s: %s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مُنجز</translation>
    </message>
    <message>
        <source>Dropped since round %s: %s</source>
        <translation>ملغى منذ الجولة %s: %s</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Late (end passed) since round %s: %s</source>
        <translation>متأخر (تجاوز موعد النهاية) منذ الجولة %s: %s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Cost executed against cost planned, on the lines with spending entered</source>
        <translation>التكلفة المنفَّذة مقارنةً بالتكلفة المقررة، في البنود التي سُجِّل فيها إنفاق</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or ISO code</source>
        <translation>اكتبوا اسم البلد أو رمزه وفق معيار ISO</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
</context>
<context>
    <name>CrossCountryView</name>
    <message>
        <source>Cross-country view</source>
        <translation>العرض عبر البلدان</translation>
    </message>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;فتح مجلد…</translation>
    </message>
    <message>
        <source>No folder open.</source>
        <translation>لا يوجد مجلد مفتوح.</translation>
    </message>
    <message>
        <source>Show countries of</source>
        <translation>عرض بلدان</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Countries and the availability of data by policy question</source>
        <translation>البلدان وتوافر البيانات حسب سؤال السياسات</translation>
    </message>
    <message>
        <source>Country detail</source>
        <translation>تفاصيل البلد</translation>
    </message>
    <message>
        <source>Select a country to see its detail.</source>
        <translation>اختاروا بلدًا لعرض تفاصيله.</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>تصدير ال&amp;مصنف…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير ملف &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Folder of country workbooks</source>
        <translation>مجلد مصنفات البلدان</translation>
    </message>
    <message>
        <source>Reading the workbooks…</source>
        <translation>جارٍ قراءة المصنفات…</translation>
    </message>
    <message>
        <source>Reading country workbooks</source>
        <translation>جارٍ قراءة مصنفات البلدان</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>تعذّرت القراءة: %1</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>أُلغيت القراءة.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>يُقرأ بحذر</translation>
    </message>
    <message>
        <source>edited after export</source>
        <translation>عُدِّل بعد التصدير</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>%1 countries; %2 workbooks used, %3 superseded, %4 rejected, %5 in conflict.</source>
        <translation>عدد البلدان: %1؛ المصنفات المستخدمة: %2، والمستبدلة: %3، والمرفوضة: %4، والمتعارضة: %5.</translation>
    </message>
    <message>
        <source>%1 edited after export (scores recomputed).</source>
        <translation>عُدِّل بعد التصدير: %1 (أُعيد حساب الدرجات).</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <source>%1 (%2), round %3</source>
        <translation>%1 (%2)، الجولة %3</translation>
    </message>
    <message>
        <source>Overall: %1 (%2)</source>
        <translation>الإجمالي: %1 (%2)</translation>
    </message>
    <message>
        <source>Change since the previous round: %1</source>
        <translation>التغير منذ الجولة السابقة: %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>%1 not final (draft or in progress).</source>
        <translation>غير نهائي (مسودة أو قيد الإنجاز): %1.</translation>
    </message>
    <message>
        <source>Left out of every figure (fictional or training codes): %1.</source>
        <translation>مستبعد من جميع الأرقام (رموز خيالية أو تدريبية): %1.</translation>
    </message>
    <message>
        <source>Conflicting assessments are left out; choose one in File ▸ Aggregate workbooks…</source>
        <translation>تُستبعد التقييمات المتعارضة؛ اختاروا أحدها في ملف ◂ تجميع المصنفات…</translation>
    </message>
    <message>
        <source>Read with care: %1</source>
        <translation>يُقرأ بحذر: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>Policy question: need / availability / gap / priority, gap type</source>
        <translation>سؤال السياسات: الحاجة / التوافر / الفجوة / الأولوية، نوع الفجوة</translation>
    </message>
    <message>
        <source>Consolidated workbook</source>
        <translation>المصنف الموحَّد</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cross-country PDF summary</source>
        <translation>موجز PDF عبر البلدان</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Writing the cross-country export</source>
        <translation>جارٍ كتابة التصدير عبر البلدان</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>كُتب: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>تعذّر التصدير: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Overall score</source>
        <translation>الدرجة الإجمالية</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Section scores (0–100)</source>
        <translation>درجات الفروع (من 0 إلى 100)</translation>
    </message>
    <message>
        <source>Policy questions A–O: need, availability and gap (0–3)</source>
        <translation>أسئلة السياسات A–O: الحاجة والتوافر والفجوة (من 0 إلى 3)</translation>
    </message>
    <message>
        <source>Ranked gaps and recommended actions</source>
        <translation>الفجوات مرتبةً والإجراءات الموصى بها</translation>
    </message>
    <message>
        <source>Answers to follow up (Enter opens)</source>
        <translation>الإجابات المطلوب متابعتها (Enter للفتح)</translation>
    </message>
    <message>
        <source>Answers “not applicable”, with their reasons</source>
        <translation>الإجابات «لا ينطبق» وأسبابها</translation>
    </message>
    <message>
        <source>Scores are not available</source>
        <translation>الدرجات غير متاحة</translation>
    </message>
    <message>
        <source>The scoring module is not installed in this version.</source>
        <translation>وحدة حساب الدرجات غير مثبتة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>مؤقتة</translation>
    </message>
    <message>
        <source>Completion %1 · reference date %2 · scoring rules %3</source>
        <translation>نسبة الاكتمال %1 · التاريخ المرجعي %2 · قواعد حساب الدرجات %3</translation>
    </message>
    <message>
        <source>With the weights set for this assessment: %1 out of 100 (%2); the band uses the documented weights.</source>
        <translation>بالأوزان المحددة لهذا التقييم: %1 من 100 (%2)؛ ويستند المستوى إلى الأوزان الموثقة.</translation>
    </message>
    <message>
        <source>No answer was recorded as “not applicable”.</source>
        <translation>لم تُسجَّل أي إجابة «لا ينطبق».</translation>
    </message>
    <message>
        <source>“Not applicable” is accepted only where the questionnaire allows it, for the reason it states; the respondents&apos; own words follow in italics. It never raises a score.</source>
        <translation>لا تُقبل الإجابة «لا ينطبق» إلا حيث يسمح بها الاستبيان، وللسبب الذي يذكره؛ وتليها عبارات المجيبين كما وردت. ولا ترفع هذه الإجابة أي درجة أبدًا.</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>الأولوية %1</translation>
    </message>
    <message>
        <source>quick win</source>
        <translation>مكسب سريع</translation>
    </message>
    <message>
        <source>No answers yet: gaps appear here as the policy questions and the matrix (S3) are answered.</source>
        <translation>لا توجد إجابات بعد: تظهر الفجوات هنا كلما أُجيب عن أسئلة السياسات والمصفوفة (S3).</translation>
    </message>
    <message>
        <source>No gap can be stated yet: the matrix (S3) has no answer.</source>
        <translation>لا يمكن تحديد أي فجوة بعد: لا توجد إجابة في المصفوفة (S3).</translation>
    </message>
    <message>
        <source>No gap between needs and availability.</source>
        <translation>لا توجد فجوة بين الاحتياجات والتوافر.</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>الإجراءات الموصى بها</translation>
    </message>
    <message>
        <source>Review: no answer to review yet</source>
        <translation>المراجعة: لا توجد إجابة للمراجعة بعد</translation>
    </message>
    <message>
        <source>Review: %1 of %2 answers validated</source>
        <translation>المراجعة: الإجابات المتحقق منها: %1 من %2</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>تحتاج إلى متابعة: %1</translation>
    </message>
    <message>
        <source>disputed: %1</source>
        <translation>مُعترَض عليها: %1</translation>
    </message>
    <message>
        <source>not reviewed: %1</source>
        <translation>لم تُراجَع: %1</translation>
    </message>
    <message>
        <source>Round %1: %2 %3 (grey numbers and ticks on the bars)</source>
        <translation>الجولة %1: %2 %3 (الأرقام والعلامات الرمادية على الأشرطة)</translation>
    </message>
    <message>
        <source>C&amp;ompare with round %s…</source>
        <translation>ال&amp;مقارنة بالجولة %s…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or %s</source>
        <translation>YYYY-MM-DD أو %s</translation>
    </message>
    <message>
        <source>Type a date as 2026-05-15 or %s; F4 opens the calendar.</source>
        <translation>اكتبوا التاريخ بالشكل 2026-05-15 أو %s؛ ويفتح F4 التقويم.</translation>
    </message>
    <message>
        <source>Open the calendar (F4)</source>
        <translation>فتح التقويم (F4)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>فتح التقويم</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2026-05-15 or %2.</source>
        <translation>«%1» ليس تاريخًا: اكتبوه بالشكل 2026-05-15 أو %2.</translation>
    </message>
    <message>
        <source>Give a date between %1 and %2.</source>
        <translation>أدخلوا تاريخًا بين %1 و%2.</translation>
    </message>
</context>
<context>
    <name>DependsList</name>
    <message>
        <source>No other action in the plan yet.</source>
        <translation>لا يوجد إجراء آخر في الخطة بعد.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents attached to %s</source>
        <translation>الوثائق المرفقة بـ %s</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>إرفاق وثيقة…</translation>
    </message>
    <message>
        <source>Keep a file with this answer as evidence (PDF, office documents, tables, images; at most %1 MB)</source>
        <translation>الاحتفاظ بملف مع هذه الإجابة بوصفه دليلًا (PDF، ووثائق مكتبية، وجداول، وصور؛ بحد أقصى %1 ميغابايت)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>فتح الوثيقة المحددة</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>إزالة الوثيقة</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>إزالة الوثيقة المحددة</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>إرفاق وثيقة</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>الوثائق (%1)</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>لا يوجد على هذا الحاسوب برنامج يفتح %1.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Save what is entered here again</source>
        <translation>حفظ ما أُدخل هنا مرة أخرى</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Don&apos;t know: %s</source>
        <translation>لا أعرف: %s</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Not applicable: %s</source>
        <translation>لا ينطبق: %s</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>question text, item id or comment</source>
        <translation>نص السؤال أو معرّف البند أو التعليق</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>البحث في الأسئلة والمعرّفات والتعليقات</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>النتائج: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>FollowUpTree</name>
    <message>
        <source>Answers to follow up: don&apos;t know, then not answered yet, by section</source>
        <translation>الإجابات المطلوب متابعتها: «لا أعرف»، ثم ما لم يُجب عنه بعد، حسب الفرع</translation>
    </message>
    <message>
        <source>Nothing to follow up: no &quot;don&apos;t know&quot; answer and nothing left blank.</source>
        <translation>لا شيء للمتابعة: لا توجد إجابة «لا أعرف» ولا خانة متروكة فارغة.</translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answer</source>
        <translation>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answers</source>
        <translation>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
            <numerusform>مُعترَض عليها في المراجعة — عدد الإجابات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answer</source>
        <translation>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answers</source>
        <translation>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
            <numerusform>تحتاج إلى متابعة (المراجعة) — عدد الإجابات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answer to follow up</source>
        <translation>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answers to follow up</source>
        <translation>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
            <numerusform>لا أعرف — عدد الإجابات المطلوب متابعتها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n item</source>
        <translation>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n items</source>
        <translation>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
            <numerusform>لم يُجب عنها بعد — عدد البنود: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FundingRequestDialog</name>
    <message>
        <source>Government</source>
        <translation>الحكومة</translation>
    </message>
    <message>
        <source>Ministry of Finance</source>
        <translation>وزارة المالية</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>شريك إنمائي</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>ال&amp;طلب</translation>
    </message>
    <message>
        <source>National part &amp;committed by:</source>
        <translation>الجهة الملتزِمة بالح&amp;صة الوطنية:</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>الموقِّعون</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>يوقّع باسم</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>&amp;Add signatory</source>
        <translation>&amp;إضافة موقِّع</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ح&amp;فظ</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>طلب التمويل</translation>
    </message>
    <message>
        <source>R&amp;isks</source>
        <translation>ال&amp;مخاطر</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>المؤ&amp;شرات</translation>
    </message>
    <message>
        <source>&amp;Procurement</source>
        <translation>&amp;خطة المشتريات</translation>
    </message>
    <message>
        <source>The funding request typed is not saved.</source>
        <translation>طلب التمويل المُدخَل لم يُحفظ.</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>لا ينطبق</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <source>This cell is not asked: an earlier answer in its row (for example “Available: no”) leaves it out.</source>
        <translation>هذه الخلية غير مطروحة: إجابة سابقة في صفها (مثل «متاحة: لا») تستبعدها.</translation>
    </message>
    <message>
        <source>Cell %s</source>
        <translation>الخلية %s</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>The help page could not be read: %s</source>
        <translation>تعذّرت قراءة صفحة المساعدة: %s</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the answer</source>
        <translation>سجل الإجابة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Versions of the answer, newest first</source>
        <translation>نسخ الإجابة، الأحدث أولًا</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>لم يُسجَّل أي تغيير بعد.</translation>
    </message>
    <message>
        <source>&amp;Restore this value</source>
        <translation>ا&amp;ستعادة هذه القيمة</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>شخص غير معروف</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>الجولة ال&amp;تالية…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>نقل إلى &amp;سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>استيرا&amp;د مصنف…</translation>
    </message>
    <message>
        <source>Show t&amp;rash</source>
        <translation>عرض سلة ال&amp;مهملات</translation>
    </message>
    <message>
        <source>The trash is empty: an assessment moved to the trash can be restored from here.</source>
        <translation>سلة المهملات فارغة: يمكن من هنا استعادة أي تقييم يُنقل إلى سلة المهملات.</translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessment; restore it to work on it again.</source>
        <translation>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوا أحدها لمواصلة العمل عليه.</numerusform>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوه لمواصلة العمل عليه.</numerusform>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوا أحدها لمواصلة العمل عليه.</numerusform>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوا أحدها لمواصلة العمل عليه.</numerusform>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوا أحدها لمواصلة العمل عليه.</numerusform>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوا أحدها لمواصلة العمل عليه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessments; restore one to work on it again.</source>
        <translation>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوا أحدها لمواصلة العمل عليه.</numerusform>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوه لمواصلة العمل عليه.</numerusform>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوا أحدها لمواصلة العمل عليه.</numerusform>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوا أحدها لمواصلة العمل عليه.</numerusform>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوا أحدها لمواصلة العمل عليه.</numerusform>
            <numerusform>سلة المهملات — عدد التقييمات: %n؛ استعيدوا أحدها لمواصلة العمل عليه.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment yet. Press Ctrl+N (New…) to create the first one, or Ctrl+I to import a workbook a colleague sent.</source>
        <translation>لا يوجد أي تقييم بعد. اضغطوا Ctrl+N (جديد…) لإنشاء التقييم الأول، أو Ctrl+I لاستيراد مصنف أرسله زميل.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment. Enter or double-click opens it.</source>
        <translation>
            <numerusform>عدد التقييمات: %n. يُفتح أي منها بالضغط على Enter أو بالنقر المزدوج.</numerusform>
            <numerusform>عدد التقييمات: %n. يُفتح التقييم بالضغط على Enter أو بالنقر المزدوج.</numerusform>
            <numerusform>عدد التقييمات: %n. يُفتح أي منها بالضغط على Enter أو بالنقر المزدوج.</numerusform>
            <numerusform>عدد التقييمات: %n. يُفتح أي منها بالضغط على Enter أو بالنقر المزدوج.</numerusform>
            <numerusform>عدد التقييمات: %n. يُفتح أي منها بالضغط على Enter أو بالنقر المزدوج.</numerusform>
            <numerusform>عدد التقييمات: %n. يُفتح أي منها بالضغط على Enter أو بالنقر المزدوج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessments. Enter or double-click opens one.</source>
        <translation>
            <numerusform>عدد التقييمات: %n. يُفتح أي منها بالضغط على Enter أو بالنقر المزدوج.</numerusform>
            <numerusform>عدد التقييمات: %n. يُفتح التقييم بالضغط على Enter أو بالنقر المزدوج.</numerusform>
            <numerusform>عدد التقييمات: %n. يُفتح أي منها بالضغط على Enter أو بالنقر المزدوج.</numerusform>
            <numerusform>عدد التقييمات: %n. يُفتح أي منها بالضغط على Enter أو بالنقر المزدوج.</numerusform>
            <numerusform>عدد التقييمات: %n. يُفتح أي منها بالضغط على Enter أو بالنقر المزدوج.</numerusform>
            <numerusform>عدد التقييمات: %n. يُفتح أي منها بالضغط على Enter أو بالنقر المزدوج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>ال&amp;عودة إلى القائمة</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %s</source>
        <translation>استيراد %s</translation>
    </message>
    <message>
        <source>A new assessment: %1 %2, %3 answers.</source>
        <translation>تقييم جديد: %1 %2، عدد الإجابات: %3.</translation>
    </message>
    <message>
        <source>Updates the existing assessment %1 %2 (id %3).</source>
        <translation>يحدِّث التقييم الموجود %1 %2 (المعرّف %3).</translation>
    </message>
    <message>
        <source>This assessment is final (read-only). Importing reopens it: its status is set back to “In progress”.</source>
        <translation>هذا التقييم نهائي (للقراءة فقط). يعيد الاستيراد فتحه: تُعاد حالته إلى «قيد الإنجاز».</translation>
    </message>
    <message>
        <source>Cells of the workbook edited outside the application: %1 (marked below).</source>
        <translation>خلايا المصنف التي عُدِّلت خارج التطبيق: %1 (معلَّمة أدناه).</translation>
    </message>
    <message>
        <source>Warning: %s</source>
        <translation>تحذير: %s</translation>
    </message>
    <message>
        <source>Answers changed here since this workbook was exported: %1. They are kept as they are here unless you tick their box in the column “In the workbook”.</source>
        <translation>الإجابات التي تغيّرت هنا منذ تصدير هذا المصنف: %1. وتُحفظ كما هي هنا ما لم تضعوا علامة في خانتها في العمود «في المصنف».</translation>
    </message>
    <message>
        <source>&amp;Keep ours for all conflicts</source>
        <translation>الإ&amp;بقاء على قيمنا في جميع حالات التعارض</translation>
    </message>
    <message>
        <source>Take &amp;theirs for all conflicts</source>
        <translation>اعتماد &amp;قيمهم في جميع حالات التعارض</translation>
    </message>
    <message>
        <source>&amp;Keep all newer answers</source>
        <translation>الإ&amp;بقاء على جميع الإجابات الأحدث</translation>
    </message>
    <message>
        <source>Use the &amp;workbook&apos;s values for all</source>
        <translation>استخدام قيم ال&amp;مصنف للجميع</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>التغييرات التي سيُحدثها الاستيراد</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>الخلية</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>في المصنف</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>No change: the workbook matches this database.</source>
        <translation>لا تغيير: المصنف مطابق لقاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Reopen and import</source>
        <translation>إعادة الفتح والاستيراد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation>تفاصيل التقييم</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>شخص غير معروف</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>الوقت غير معروف</translation>
    </message>
    <message>
        <source>conflict: changed here and in the workbook since the common version</source>
        <translation>تعارض: تغيّرت هنا وفي المصنف منذ النسخة المشتركة</translation>
    </message>
    <message>
        <source>changed here since this workbook was exported (%s)</source>
        <translation>تغيّر هنا منذ تصدير هذا المصنف (%s)</translation>
    </message>
    <message>
        <source>Answers changed both here and in the workbook since the common version (conflicts): %1. Under each value, who changed it and when. Each is kept as it is here unless you tick its box in the column “In the workbook”.</source>
        <translation>الإجابات التي تغيّرت هنا وفي المصنف معًا منذ النسخة المشتركة (حالات التعارض): %1. ويظهر تحت كل قيمة من غيّرها ومتى. وتُحفظ كل إجابة كما هي هنا ما لم تضعوا علامة في خانتها في العمود «في المصنف».</translation>
    </message>
    <message>
        <source>Keep &amp;both for all comment and evidence conflicts</source>
        <translation>الاحتفاظ بال&amp;اثنين في كل تعارضات التعليقات والأدلة</translation>
    </message>
    <message>
        <source>Keep both (merged, each with its author and time)</source>
        <translation>الاحتفاظ بالاثنين (مدمجين، لكلٍّ منهما كاتبه ووقته)</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>غيّرها %1</translation>
    </message>
    <message>
        <source>edited outside the application</source>
        <translation>عُدِّل خارج التطبيق</translation>
    </message>
    <message>
        <source>The assessment is in the trash: importing restores it.</source>
        <translation>التقييم موجود في سلة المهملات: يؤدي الاستيراد إلى استعادته.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Order of the actions</source>
        <translation>ترتيب الإجراءات</translation>
    </message>
    <message>
        <source>Currency and exchange rates of the plan</source>
        <translation>عملة الخطة وأسعار الصرف</translation>
    </message>
    <message>
        <source>Validation of the plan</source>
        <translation>اعتماد الخطة</translation>
    </message>
    <message>
        <source>Archived answers the import adds (questions this questionnaire version no longer asks): %1 (listed below).</source>
        <translation>الإجابات المؤرشفة التي يضيفها الاستيراد (أسئلة لم تعد هذه النسخة من الاستبيان تطرحها): %1 (مدرجة أدناه).</translation>
    </message>
    <message>
        <source>Archived answers</source>
        <translation>الإجابات المؤرشفة</translation>
    </message>
    <message>
        <source>archived answer, asked by questionnaire version %1</source>
        <translation>إجابة مؤرشفة، طرحتها النسخة %1 من الاستبيان</translation>
    </message>
    <message>
        <source>archived answer (the version that asked it is not recorded)</source>
        <translation>إجابة مؤرشفة (النسخة التي طرحتها غير مسجلة)</translation>
    </message>
    <message>
        <source>(not validated)</source>
        <translation>(غير معتمدة)</translation>
    </message>
    <message>
        <source>New action: %s</source>
        <translation>إجراء جديد: %s</translation>
    </message>
    <message>
        <source>Action removed: %s</source>
        <translation>إجراء محذوف: %s</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>policy questions</source>
        <translation>أسئلة السياسات</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>المؤسسات المسؤولة</translation>
    </message>
    <message>
        <source>start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>المَعلم الرئيسي</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>priority action</source>
        <translation>إجراء ذو أولوية</translation>
    </message>
    <message>
        <source>strategy objective</source>
        <translation>هدف الاستراتيجية</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>Action “%1” — %2</source>
        <translation>الإجراء «%1» — %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>بداية البعثة</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>نهاية البعثة</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>التاريخ المرجعي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>Accept the signatures this workbook carries without a check</source>
        <translation>قبول التوقيعات الواردة في هذا المصنف دون تحقق</translation>
    </message>
    <message>
        <source>Validation for the national statistics office</source>
        <translation>الاعتماد باسم المكتب الإحصائي الوطني</translation>
    </message>
    <message>
        <source>Reviews signed off by the supervisor</source>
        <translation>المراجعات التي أقرّها المشرف</translation>
    </message>
    <message>
        <source>its check holds</source>
        <translation>اجتاز التحقق</translation>
    </message>
    <message>
        <source>no check (a workbook written before signatures carried one): taken only if you accept it below</source>
        <translation>دون تحقق (مصنف أُعدّ قبل أن تتضمن التوقيعات رمز تحقق): لا يُؤخذ به إلا إذا قبلتموه أدناه</translation>
    </message>
    <message>
        <source>refused: it does not match its check (edited outside the application); nothing can be imported from this workbook</source>
        <translation>مرفوض: لا يطابق رمز التحقق الخاص به (عُدّل خارج التطبيق)؛ ولا يمكن استيراد أي شيء من هذا المصنف</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>التواتر</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Disbursement-linked: partner</source>
        <translation>مرتبط بالصرف: الشريك</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Send questions to institutions</source>
        <translation>إرسال الأسئلة إلى المؤسسات</translation>
    </message>
    <message>
        <source>Each institution receives a workbook with only its questions, in the language chosen below, with what the mission already knows filled in. Its reply, imported with Import workbook…, becomes proposals: no answer changes until you accept them.</source>
        <translation>تتلقى كل مؤسسة مصنفاً لا يضم إلا أسئلتها، باللغة المختارة أدناه، وفيه ما تعرفه البعثة مسبقاً. ويصبح ردها، عند استيراده بأمر استيراد مصنف…، مقترحات: لا تتغير أي إجابة ما لم تقبلها.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Reply by (YYYY-MM-DD)</source>
        <translation>الرد قبل (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Contact for questions</source>
        <translation>جهة الاتصال للاستفسار</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>إرسال إلى %1</translation>
    </message>
    <message>
        <source>Language of the workbooks:</source>
        <translation>لغة المصنفات:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Write the workbooks</source>
        <translation>&amp;كتابة المصنفات</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>مجلد المصنفات</translation>
    </message>
    <message>
        <source>Choose at least one institution.</source>
        <translation>اختر مؤسسة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>%1 workbooks written to %2</source>
        <translation>كُتب %1 من المصنفات في %2</translation>
    </message>
    <message>
        <source>Writing the institutions&apos; workbooks</source>
        <translation>جارٍ كتابة مصنفات المؤسسات</translation>
    </message>
    <message>
        <source>The workbooks were not written: %1</source>
        <translation>لم تُكتب المصنفات: %1</translation>
    </message>
    <message>
        <source>Cancelled: the workbooks written so far stay in the folder.</source>
        <translation>أُلغي: تبقى المصنفات المكتوبة حتى الآن في المجلد.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>الإجابة الحالية</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>المجيب</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Institutions&apos; proposals</source>
        <translation>مقترحات المؤسسات</translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies. None changes an answer until you accept it; proposals of institutions that disagree are shown together and marked.</source>
        <translation>القيم التي اقترحتها المؤسسات في ردودها. لا تغيّر أيٌّ منها إجابةً ما لم تقبلها؛ وتُعرض مقترحات المؤسسات المختلفة معاً مع تمييزها.</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Show those decided</source>
        <translation>عرض ما بُتّ فيه</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>&amp;Edit and accept…</source>
        <translation>&amp;تعديل وقبول…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Accept all of this &amp;institution</source>
        <translation>قبول كل ما قدمته هذه الم&amp;ؤسسة</translation>
    </message>
    <message>
        <source>Every open proposal of the institution chosen above, at once (refused while another institution proposes something else)</source>
        <translation>كل المقترحات المعلقة للمؤسسة المختارة أعلاه، دفعة واحدة (يُرفض ما دامت مؤسسة أخرى تقترح شيئاً مختلفاً)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Another institution proposes something else for this answer</source>
        <translation>تقترح مؤسسة أخرى شيئاً مختلفاً لهذه الإجابة</translation>
    </message>
    <message>
        <source>Open: %1. Answers on which institutions disagree: %2.</source>
        <translation>المعلقة: %1. الإجابات التي تختلف فيها المؤسسات: %2.</translation>
    </message>
    <message>
        <source>Edit and accept</source>
        <translation>تعديل وقبول</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>القيمة:</translation>
    </message>
    <message>
        <source>open</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>مستبدَل</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Type or press F2 to edit a cell; Delete clears it; the context menu (Shift+F10) marks don&apos;t know.</source>
        <translation>اكتبوا أو اضغطوا F2 لتعديل خلية؛ ويمسحها Delete؛ وتضع قائمة السياق (Shift+F10) علامة «لا أعرف».</translation>
    </message>
    <message>
        <source>Answer the current row as a form (Ctrl+Enter)</source>
        <translation>الإجابة عن الصف الحالي في شكل استمارة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open the policy question × source matrix</source>
        <translation>فتح مصفوفة أسئلة السياسات × المصادر</translation>
    </message>
    <message>
        <source>Show comment and evidence</source>
        <translation>عرض التعليق والأدلة</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <source>Every version of this answer: who gave it, when; restore one</source>
        <translation>كل نسخة من هذه الإجابة: من أعطاها ومتى؛ واستعادة إحداها</translation>
    </message>
    <message>
        <source>Review of “%s”:</source>
        <translation>مراجعة «%s»:</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>تعليق</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence</source>
        <translation>
            <numerusform>الأدلة: %n</numerusform>
            <numerusform>الأدلة: %n</numerusform>
            <numerusform>الأدلة: %n</numerusform>
            <numerusform>الأدلة: %n</numerusform>
            <numerusform>الأدلة: %n</numerusform>
            <numerusform>الأدلة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>الوثائق: %n</numerusform>
            <numerusform>الوثائق: %n</numerusform>
            <numerusform>الوثائق: %n</numerusform>
            <numerusform>الوثائق: %n</numerusform>
            <numerusform>الوثائق: %n</numerusform>
            <numerusform>الوثائق: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>الوثائق: %n</numerusform>
            <numerusform>الوثائق: %n</numerusform>
            <numerusform>الوثائق: %n</numerusform>
            <numerusform>الوثائق: %n</numerusform>
            <numerusform>الوثائق: %n</numerusform>
            <numerusform>الوثائق: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment and evidence</source>
        <translation>التعليق والأدلة</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>Proposed by institutions: %n…</source>
        <translation>
            <numerusform>مقترحات المؤسسات: %n…</numerusform>
            <numerusform>مقترحات المؤسسات: %n…</numerusform>
            <numerusform>مقترحات المؤسسات: %n…</numerusform>
            <numerusform>مقترحات المؤسسات: %n…</numerusform>
            <numerusform>مقترحات المؤسسات: %n…</numerusform>
            <numerusform>مقترحات المؤسسات: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies: accept, edit or reject them</source>
        <translation>القيم التي اقترحتها المؤسسات في ردودها: اقبلها أو عدّلها أو ارفضها</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>الجولة ال&amp;تالية…</translation>
    </message>
    <message>
        <source>Assessment &amp;details…</source>
        <translation>&amp;بيانات التقييم…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>نقل إلى &amp;سلة المهملات</translation>
    </message>
    <message>
        <source>S&amp;how the trash</source>
        <translation>عرض سلة ال&amp;مهملات</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>استيرا&amp;د مصنف…</translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation>ت&amp;صدير المصنف…</translation>
    </message>
    <message>
        <source>Export assessment pac&amp;kage…</source>
        <translation>تصدير حزمة الت&amp;قييم…</translation>
    </message>
    <message>
        <source>For&amp;ms for ODK and Kobo…</source>
        <translation>نماذج ODK و&amp;Kobo…</translation>
    </message>
    <message>
        <source>PD&amp;F report…</source>
        <translation>تقرير PD&amp;F…</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>حفظ كمستند &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Aggregate workbooks…</source>
        <translation>تجم&amp;يع المصنفات…</translation>
    </message>
    <message>
        <source>Cross-country &amp;view…</source>
        <translation>ال&amp;عرض عبر البلدان…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <source>&amp;Close assessment</source>
        <translation>إ&amp;غلاق التقييم</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>Next un&amp;answered</source>
        <translation>السؤال التالي &amp;غير المجاب</translation>
    </message>
    <message>
        <source>Previous unans&amp;wered</source>
        <translation>السؤال السابق غير ال&amp;مجاب</translation>
    </message>
    <message>
        <source>Re&amp;view this answer</source>
        <translation>مراجعة &amp;هذه الإجابة</translation>
    </message>
    <message>
        <source>Answer &amp;history…</source>
        <translation>سجل ا&amp;لإجابة…</translation>
    </message>
    <message>
        <source>Ar&amp;chived answers…</source>
        <translation>الإجابات المؤر&amp;شفة…</translation>
    </message>
    <message>
        <source>Ne&amp;xt answer not reviewed</source>
        <translation>الإجابة التالية غير المراجَعة (&amp;X)</translation>
    </message>
    <message>
        <source>Va&amp;lidate the section&apos;s reviews</source>
        <translation>اعتماد مراجعات القسم (&amp;L)</translation>
    </message>
    <message>
        <source>Sign off the r&amp;eviews (supervisor)…</source>
        <translation>&amp;إقرار المراجعات (المشرف)…</translation>
    </message>
    <message>
        <source>Validate for the national &amp;statistics office…</source>
        <translation>الاعتماد باسم المكتب الإحصائي الو&amp;طني…</translation>
    </message>
    <message>
        <source>Next &amp;gap</source>
        <translation>ال&amp;فجوة التالية</translation>
    </message>
    <message>
        <source>Previ&amp;ous gap</source>
        <translation>الف&amp;جوة السابقة</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>الفرع التالي</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>الفرع السابق</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>الأ&amp;سئلة</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>الم&amp;صفوفة</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;لوحة المتابعة</translation>
    </message>
    <message>
        <source>Focus the na&amp;vigator</source>
        <translation>الانتقال إلى الم&amp;تصفح</translation>
    </message>
    <message>
        <source>Next &amp;language</source>
        <translation>ال&amp;لغة التالية</translation>
    </message>
    <message>
        <source>&amp;Help contents</source>
        <translation>محتويات الم&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفا&amp;تيح</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>toolbar button: short</comment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>toolbar button: short</comment>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح تقييم &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Questionnaire &amp;language</source>
        <translation>لغة الاستب&amp;يان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Previous unanswered</source>
        <translation>السؤال السابق غير المُجاب عنه</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>السؤال التالي غير المُجاب عنه</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <comment>toolbar button: short</comment>
        <translation>تصدير المصنف</translation>
    </message>
    <message>
        <source>Language: </source>
        <translation>اللغة: </translation>
    </message>
    <message>
        <source>Questionnaire language</source>
        <translation>لغة الاستبيان</translation>
    </message>
    <message>
        <source>Interface: </source>
        <translation>الواجهة: </translation>
    </message>
    <message>
        <source>The window will be in %1 from its next start; the questionnaire&apos;s language is chosen beside it.</source>
        <translation>ستظهر النافذة باللغة %1 عند تشغيلها في المرة القادمة؛ وتُختار لغة الاستبيان إلى جانبها.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>تعذّر %1: %2</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>العرض في ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Could not open %s</source>
        <translation>تعذّر فتح %s</translation>
    </message>
    <message>
        <source>This assessment has %n document attached as evidence. The workbook does not carry documents: a colleague who receives it does not get it. The assessment package carries the workbook and the document.</source>
        <translation>لهذا التقييم وثائق مرفقة كأدلة: %n. المصنف لا يحمل الوثائق: لن يحصل عليها الزميل الذي يتسلمه. أما حزمة التقييم فتحمل المصنف والوثائق.</translation>
    </message>
    <message>
        <source>This assessment has %n documents attached as evidence. The workbook does not carry documents: a colleague who receives it gets none of them. The assessment package carries the workbook and every document.</source>
        <translation>لهذا التقييم وثائق مرفقة كأدلة: %n. المصنف لا يحمل الوثائق: لن يحصل عليها الزميل الذي يتسلمه. أما حزمة التقييم فتحمل المصنف والوثائق.</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>تصدير المصنف</translation>
    </message>
    <message>
        <source>Export the &amp;package…</source>
        <translation>تصدير ال&amp;حزمة…</translation>
    </message>
    <message>
        <source>&amp;Workbook only…</source>
        <translation>ال&amp;مصنف وحده…</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>المصنفات (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export failed: %s</source>
        <translation>تعذّر التصدير: %s</translation>
    </message>
    <message>
        <source>Exporting the workbook</source>
        <translation>جارٍ تصدير المصنف</translation>
    </message>
    <message>
        <source>Workbook written: %s</source>
        <translation>كُتب المصنف: %s</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>Export assessment package</source>
        <translation>تصدير حزمة التقييم</translation>
    </message>
    <message>
        <source>Assessment packages (*.zip)</source>
        <translation>حزم التقييم (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>جارٍ تصدير الحزمة</translation>
    </message>
    <message>
        <source>Package written: %s</source>
        <translation>كُتبت الحزمة: %s</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>مجلد النماذج</translation>
    </message>
    <message>
        <source>Forms for ODK and Kobo written: %s</source>
        <translation>كُتبت نماذج ODK وKobo: %s</translation>
    </message>
    <message>
        <source>Writing the forms for ODK and Kobo</source>
        <translation>جارٍ كتابة نماذج ODK وKobo</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Writing the PDF report</source>
        <translation>جارٍ كتابة تقرير PDF</translation>
    </message>
    <message>
        <source>Report written: %s</source>
        <translation>كُتب التقرير: %s</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>أُلغي التقرير.</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word document</source>
        <translation>جارٍ كتابة مستند Word</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>استيراد مصنف</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>قراءة الحزمة</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>جارٍ قراءة المصنف</translation>
    </message>
    <message>
        <source>Workbooks, assessment packages and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>المصنفات وحزم التقييم وصادرات ODK أو Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <source>Export of %1 submissions imported: %2 values proposed, no answer changed.</source>
        <translation>استُورد تصدير %1 من الإرسالات: %2 من القيم المقترحة، ولم تتغير أي إجابة.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>This workbook cannot be imported. Nothing was changed.</source>
        <translation>لا يمكن استيراد هذا المصنف. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>أُلغي الاستيراد: لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>Imported %s.</source>
        <translation>استُورد %s.</translation>
    </message>
    <message>
        <source>Kept %s answers changed here since the export.</source>
        <translation>أُبقي على الإجابات التي تغيّرت هنا منذ التصدير (عددها %s).</translation>
    </message>
    <message>
        <source>Documents attached: %1.</source>
        <translation>الوثائق المرفقة: %1.</translation>
    </message>
    <message>
        <source>Importing the workbook</source>
        <translation>جارٍ استيراد المصنف</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>التجميع</translation>
    </message>
    <message>
        <source>Aggregating workbooks</source>
        <translation>جارٍ تجميع المصنفات</translation>
    </message>
    <message>
        <source>Aggregation cancelled.</source>
        <translation>أُلغي التجميع.</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected, %3 superseded.</source>
        <translation>المقبولة: %1، والمرفوضة: %2، والمستبدلة: %3.</translation>
    </message>
    <message>
        <source>Aggregate written: %s</source>
        <translation>كُتب المصنف المجمَّع: %s</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>المرفوضة:</translation>
    </message>
    <message>
        <source>Superseded (a later export is used):</source>
        <translation>المستبدلة (يُستخدم تصدير لاحق):</translation>
    </message>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>تقييم القدرات الوطنية في مجال بيانات الهجرة</translation>
    </message>
    <message>
        <source>This database cannot be written (%1: read-only folder or drive), so it is open read-only. You can read every assessment, export workbooks and PDF reports, and move the data folder (File ▸ Preferences ▸ Data folder, applied at the next start).</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات هذه (%1: مجلد أو محرك أقراص للقراءة فقط)، ولذلك فُتحت للقراءة فقط. يمكنكم قراءة كل التقييمات، وتصدير المصنفات وتقارير PDF، ونقل مجلد البيانات (ملف ◂ التفضيلات ◂ مجلد البيانات، ويُطبَّق عند التشغيل التالي).</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2), so it is open read-only: nothing more is written to it. You can still read every assessment and export workbooks and reports. To repair it, restore the last good backup: restart the application, which offers it, or run capacity-app --db &quot;%1&quot; check --restore (the damaged file is kept beside it).</source>
        <translation>قاعدة البيانات %1 تالفة (%2)، لذا فُتحت للقراءة فقط: لن يُكتب فيها شيء بعد الآن. لا يزال بإمكانكم قراءة كل التقييمات وتصدير المصنفات والتقارير. ولإصلاحها، استعيدوا آخر نسخة احتياطية سليمة: أعيدوا تشغيل التطبيق الذي يعرضها، أو شغّلوا capacity-app --db &quot;%1&quot; check --restore (يُحتفظ بالملف التالف بجانبها).</translation>
    </message>
    <message>
        <source>The database is damaged: it is now open read-only.</source>
        <translation>قاعدة البيانات تالفة: أصبحت مفتوحة للقراءة فقط.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>&amp;Try saving again</source>
        <translation>إعادة محاولة ال&amp;حفظ</translation>
    </message>
    <message>
        <source>Save again what could not be saved (it is kept in its field)</source>
        <translation>حفظ ما تعذّر حفظه مرة أخرى (وهو محفوظ في حقله)</translation>
    </message>
    <message>
        <source>Changes that could not be saved when the application last ended are in %1: enter them again.</source>
        <translation>التغييرات التي تعذّر حفظها عند آخر إغلاق للتطبيق موجودة في %1: أدخلها مرة أخرى.</translation>
    </message>
    <message>
        <source>Loading the questionnaire</source>
        <translation>جارٍ تحميل الاستبيان</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>حُفظ في %s</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>لم يُحفظ: %s</translation>
    </message>
    <message>
        <source>No policy question has a gap between need and availability.</source>
        <translation>لا يوجد سؤال من أسئلة السياسات فيه فجوة بين الحاجة والتوافر.</translation>
    </message>
    <message>
        <source>That assessment is in the trash: restore it first.</source>
        <translation>هذا التقييم موجود في سلة المهملات: استعيدوه أولًا.</translation>
    </message>
    <message>
        <source>Last change %s</source>
        <translation>آخر تعديل %s</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved: %1. They are still in the window, marked “Not saved”.</source>
        <translation>
            <numerusform>تعذّر حفظ التغييرات (عددها %n): %1. وهي لا تزال في النافذة، وتحمل علامة «لم يُحفظ».</numerusform>
            <numerusform>تعذّر حفظ التغييرات (عددها %n): %1. وهو لا يزال في النافذة، ويحمل علامة «لم يُحفظ».</numerusform>
            <numerusform>تعذّر حفظ التغييرات (عددها %n): %1. وهي لا تزال في النافذة، وتحمل علامة «لم يُحفظ».</numerusform>
            <numerusform>تعذّر حفظ التغييرات (عددها %n): %1. وهي لا تزال في النافذة، وتحمل علامة «لم يُحفظ».</numerusform>
            <numerusform>تعذّر حفظ التغييرات (عددها %n): %1. وهي لا تزال في النافذة، وتحمل علامة «لم يُحفظ».</numerusform>
            <numerusform>تعذّر حفظ التغييرات (عددها %n): %1. وهي لا تزال في النافذة، وتحمل علامة «لم يُحفظ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway and lose them? You can copy them first, to paste them elsewhere.</source>
        <translation>هل تريدون الإغلاق رغم ذلك وفقدانها؟ يمكنكم نسخها أولًا للصقها في مكان آخر.</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>إ&amp;بقاء النافذة مفتوحة</translation>
    </message>
    <message>
        <source>&amp;Copy them and close</source>
        <translation>&amp;نسخها والإغلاق</translation>
    </message>
    <message>
        <source>C&amp;lose and lose them</source>
        <translation>الإغلاق و&amp;فقدانها</translation>
    </message>
    <message>
        <source>Moved to the trash. Show the trash to restore it.</source>
        <translation>نُقل إلى سلة المهملات. اعرضوا سلة المهملات لاستعادته.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>استُعيد.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>حُفظت التفضيلات.</translation>
    </message>
    <message>
        <source>Stopping background work…</source>
        <translation>جارٍ إيقاف العمل في الخلفية…</translation>
    </message>
    <message>
        <source>&amp;Send questions to institutions…</source>
        <translation>إ&amp;رسال الأسئلة إلى المؤسسات…</translation>
    </message>
    <message>
        <source>Institutions&apos; proposa&amp;ls…</source>
        <translation>ا&amp;لمقترحات الواردة من المؤسسات…</translation>
    </message>
    <message>
        <source>Reply of %1 imported: %2 values proposed, no answer changed.</source>
        <translation>استُورد رد %1: %2 من القيم المقترحة، ولم تتغير أي إجابة.</translation>
    </message>
    <message>
        <source>Funding request for %1</source>
        <translation>طلب التمويل المقدَّم إلى %1</translation>
    </message>
    <message>
        <source>Writing the funding request for %1</source>
        <translation>جارٍ إعداد طلب التمويل المقدَّم إلى %1</translation>
    </message>
</context>
<context>
    <name>MarkerLegend</name>
    <message>
        <source>gap</source>
        <translation>فجوة</translation>
    </message>
    <message>
        <source>needs work</source>
        <translation>يحتاج إلى عمل</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>Sections: the band of their score. Policy questions: the gap between the need and the data available; not assessed while no cell of their matrix row is answered.</source>
        <translation>الفروع: فئة درجتها. أسئلة السياسات: الفجوة بين الحاجة والبيانات المتاحة؛ ولا تُقيَّم ما دامت لم يُجب عن أي خلية في صفها من المصفوفة.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>main source</source>
        <translation>مصدر رئيسي</translation>
    </message>
    <message>
        <source>supporting source</source>
        <translation>مصدر داعم</translation>
    </message>
    <message>
        <source>not an expected source</source>
        <translation>ليس مصدرًا متوقعًا</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>المستوى %1</translation>
    </message>
    <message>
        <source>no level yet</source>
        <translation>لا مستوى بعد</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>● main source   ○ supporting source   colour and number: derived level 0 (none) to 3 (fit for purpose). Arrow keys move, Enter edits, Esc returns.</source>
        <translation>● مصدر رئيسي   ○ مصدر داعم   اللون والرقم: المستوى المشتق من 0 (لا شيء) إلى 3 (ملائم للغرض). تُستخدم مفاتيح الأسهم للتنقل، وEnter للتعديل، وEsc للعودة.</translation>
    </message>
    <message>
        <source>Policy question by data source matrix</source>
        <translation>مصفوفة أسئلة السياسات حسب مصادر البيانات</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>الاكتمال</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>أُجيب عن %1 من %2</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>الدرجة: %1</translation>
    </message>
    <message>
        <source>Policy questions A–O</source>
        <translation>أسئلة السياسات A–O</translation>
    </message>
    <message>
        <source>Not assessed yet: no cell of its row in the matrix is answered.</source>
        <translation>لم يُقيَّم بعد: لم يُجب عن أي خلية في صفه من المصفوفة.</translation>
    </message>
    <message>
        <source>Need %1, availability %2, gap %3</source>
        <translation>الحاجة %1، التوافر %2، الفجوة %3</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>الفجوة %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>تخطٍّ</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>الجولة (السنة)</translation>
    </message>
    <message>
        <source>optional: made from the country and round</source>
        <translation>اختياري: يُنشأ من البلد والجولة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>التاريخ المرجعي</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>بداية البعثة</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>نهاية البعثة</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>ال&amp;جولة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Re&amp;ference date:</source>
        <translation>التاريخ ال&amp;مرجعي:</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>&amp;بداية البعثة:</translation>
    </message>
    <message>
        <source>Mission &amp;end:</source>
        <translation>&amp;نهاية البعثة:</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>أُجريت معها مقابلة</translation>
    </message>
    <message>
        <source>Role of the respondent</source>
        <translation>صفة المجيب</translation>
    </message>
    <message>
        <source>Institutions interviewed</source>
        <translation>المؤسسات التي أُجريت معها مقابلات</translation>
    </message>
    <message>
        <source>These details are the answers of section S0 (Mission and respondents): correct or complete them there at any time.</source>
        <translation>هذه التفاصيل هي إجابات الفرع S0 (البعثة والمجيبون): صحِّحوها أو أكملوها هناك في أي وقت.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Institutions interviewed:</source>
        <translation>المؤسسات التي أُجريت معها مقابلات:</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Next round of %1 %2</source>
        <translation>الجولة التالية لـ%1 %2</translation>
    </message>
    <message>
        <source>A new assessment of %1 starts from round %2.</source>
        <translation>يبدأ تقييم جديد لـ%1 انطلاقًا من الجولة %2.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>ال&amp;جولة:</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>التاريخ المرجعي</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>بداية البعثة</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>نهاية البعثة</translation>
    </message>
    <message>
        <source>R&amp;eference date:</source>
        <translation>التاريخ ال&amp;مرجعي:</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>&amp;بداية البعثة:</translation>
    </message>
    <message>
        <source>Mission e&amp;nd:</source>
        <translation>&amp;نهاية البعثة:</translation>
    </message>
    <message>
        <source>&amp;Copy the answers of round %s (comments and evidence included) to review them</source>
        <translation>&amp;نسخ إجابات الجولة %s (بما فيها التعليقات والأدلة) لمراجعتها</translation>
    </message>
    <message>
        <source>&amp;Keep round %s&apos;s reference and mission dates where none is given here</source>
        <translation>الإ&amp;بقاء على التاريخ المرجعي وتواريخ البعثة للجولة %s حيث لا يُدخل أي تاريخ هنا</translation>
    </message>
    <message>
        <source>Also copied: the institutions, the section weights and the action plan. Dates left empty can be entered later in S0.</source>
        <translation>يُنسخ أيضًا: المؤسسات، وأوزان الفروع، وخطة العمل. ويمكن إدخال التواريخ المتروكة فارغة لاحقًا في الفرع S0.</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>إنشاء الجولة</translation>
    </message>
    <message>
        <source>Created round %s from the previous one; Move to trash removes it again.</source>
        <translation>أُنشئت الجولة %s انطلاقًا من الجولة السابقة؛ ويؤدي «نقل إلى سلة المهملات» إلى إزالتها مجددًا.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so that a mission team can tell who answered what. You can change it later in File ▸ Preferences.</source>
        <translation>يُسجَّل اسمكم مع كل تغيير تُجرونه، لكي يعرف فريق البعثة من أجاب عن ماذا. ويمكنكم تغييره لاحقًا في ملف ◂ التفضيلات.</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>اسمكم</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>ا&amp;سمكم:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>Skip: ask nothing now</source>
        <translation>تخطٍّ: عدم طرح أي سؤال الآن</translation>
    </message>
</context>
<context>
    <name>PartnerEditionDialog</name>
    <message>
        <source>&amp;Partner:</source>
        <translation>ال&amp;شريك:</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Word document</source>
        <translation>مستند &amp;Word</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>No cost line of the plan names a development partner yet: a partner&apos;s edition asks a partner to fund its lines.</source>
        <translation>لا يذكر أيُّ بند من بنود تكاليف الخطة شريكًا إنمائيًا بعد: فالنسخة الموجَّهة إلى شريك تطلب منه تمويل بنوده.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;حفظ…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>Funding request for a partner</source>
        <translation>طلب تمويل موجَّه إلى شريك</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <source>Report of %1</source>
        <translation>تقرير %1</translation>
    </message>
    <message>
        <source>What the implementation report of %1 prints in the planning unit&apos;s own words: the summary before the figures, the decisions asked of the minister, and beside each action at risk or off track its corrective measure.</source>
        <translation>ما يطبعه تقرير التنفيذ عن %1 بكلمات وحدة التخطيط نفسها: الموجز قبل الأرقام، والقرارات المطلوبة من الوزير، وبجانب كل إجراء معرض للخطر أو خارج عن المسار تدبيره التصحيحي.</translation>
    </message>
    <message>
        <source>The planning unit&apos;s s&amp;ummary (a paragraph a line):</source>
        <translation>موجز وحدة ال&amp;تخطيط (فقرة في كل سطر):</translation>
    </message>
    <message>
        <source>&amp;Decisions asked of the minister, one a line, in their order:</source>
        <translation>ال&amp;قرارات المطلوبة من الوزير، قرار في كل سطر، بترتيبها:</translation>
    </message>
    <message>
        <source>Corrective &amp;measures of the actions at risk or off track:</source>
        <translation>التدابير الت&amp;صحيحية للإجراءات المعرضة للخطر أو الخارجة عن المسار:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>السبب المقدَّم</translation>
    </message>
    <message>
        <source>Corrective measure</source>
        <translation>التدبير التصحيحي</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>By (YYYY-MM-DD)</source>
        <translation>الموعد (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The planning unit&apos;s summary</source>
        <translation>موجز وحدة التخطيط</translation>
    </message>
    <message>
        <source>Decisions asked of the minister</source>
        <translation>القرارات المطلوبة من الوزير</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>التدابير التصحيحية</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <source>The report of %1 typed is not saved.</source>
        <translation>تقرير %1 المكتوب غير محفوظ.</translation>
    </message>
</context>
<context>
    <name>PlanCount</name>
    <message numerus="yes">
        <source>%n of %1 actions costed.</source>
        <translation>
            <numerusform>حُدِّدت تكلفة %n من %1 من الإجراءات.</numerusform>
            <numerusform>حُدِّدت تكلفة %n من %1 من الإجراءات.</numerusform>
            <numerusform>حُدِّدت تكلفة %n من %1 من الإجراءات.</numerusform>
            <numerusform>حُدِّدت تكلفة %n من %1 من الإجراءات.</numerusform>
            <numerusform>حُدِّدت تكلفة %n من %1 من الإجراءات.</numerusform>
            <numerusform>حُدِّدت تكلفة %n من %1 من الإجراءات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>National budget</source>
        <translation>الميزانية الوطنية</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>شريك إنمائي</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>مصدر آخر</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>الخبراء الاستشاريون</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>المعدات</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>السفر</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Survey operations</source>
        <translation>عمليات المسح</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>محدَّد</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>معلن عنه</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>ملتزم به</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>بند التكلفة</translation>
    </message>
    <message>
        <source>Edit the cost line</source>
        <translation>تعديل بند التكلفة</translation>
    </message>
    <message>
        <source>e.g. 45000000 or 1250.50</source>
        <translation>مثل 45000000 أو 1250.50</translation>
    </message>
    <message>
        <source>The development partner, or what the other source is</source>
        <translation>الشريك الإنمائي، أو ماهية المصدر الآخر</translation>
    </message>
    <message>
        <source>Funding &amp;secured</source>
        <translation>التمويل م&amp;ضمون</translation>
    </message>
    <message>
        <source>Amount spent, when known</source>
        <translation>المبلغ المُنفَق، إن كان معروفًا</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>ال&amp;سنة:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>ال&amp;عملة:</translation>
    </message>
    <message>
        <source>Cost basis: &amp;unit cost × quantity:</source>
        <translation>أساس التكلفة: تكلفة الو&amp;حدة × الكمية:</translation>
    </message>
    <message>
        <source>Cost ca&amp;tegory:</source>
        <translation>&amp;فئة التكلفة:</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>مصدر ال&amp;تمويل:</translation>
    </message>
    <message>
        <source>&amp;Partner or other source:</source>
        <translation>ال&amp;شريك أو المصدر الآخر:</translation>
    </message>
    <message>
        <source>Funding sta&amp;ge:</source>
        <translation>حا&amp;لة التمويل:</translation>
    </message>
    <message>
        <source>Amount &amp;executed:</source>
        <translation>المبلغ المُ&amp;نفَّذ:</translation>
    </message>
    <message>
        <source>National budget takes o&amp;ver from:</source>
        <translation>تتحملها الميزانية ال&amp;وطنية اعتبارًا من:</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>مو&amp;افق</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>تكلفة الوحدة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Optional: the cost of one unit and the number of units; their product is the amount (filled in when the amount is left empty)</source>
        <translation>اختياري: تكلفة الوحدة الواحدة وعدد الوحدات؛ حاصل ضربهما هو المبلغ (يُملأ إذا تُرك المبلغ فارغًا)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Committed and disbursed funding is secured; identified and pledged funding is not</source>
        <translation>التمويل الملتزم به أو المصروف مضمون؛ أما التمويل المحدَّد أو المعلن عنه فليس مضمونًا</translation>
    </message>
    <message>
        <source>&amp;Recurrent cost (goes on after the action)</source>
        <translation>تكلفة مت&amp;كررة (تستمر بعد انتهاء الإجراء)</translation>
    </message>
    <message>
        <source>(not taken over)</source>
        <translation>(لا تتحملها الميزانية)</translation>
    </message>
    <message>
        <source>Year the national budget takes it over</source>
        <translation>السنة التي تبدأ فيها الميزانية الوطنية بتحملها</translation>
    </message>
    <message>
        <source>Amount a year, in the line&apos;s currency</source>
        <translation>المبلغ السنوي بعملة البند</translation>
    </message>
    <message>
        <source>Amount a year taken over</source>
        <translation>المبلغ السنوي الذي تتحمله الميزانية</translation>
    </message>
    <message>
        <source>When the partner&apos;s funding ends: from which year the national budget pays this recurrent cost, and how much a year (after the partner&apos;s last funded year)</source>
        <translation>عند انتهاء تمويل الشريك: السنة التي تبدأ فيها الميزانية الوطنية بتحمل هذه التكلفة المتكررة، والمبلغ السنوي (بعد آخر سنة يمولها الشريك)</translation>
    </message>
    <message>
        <source>%1: write digits, with “%2” for decimals, such as 45000000 or %3 (no thousands separators).</source>
        <translation>%1: اكتبوا أرقامًا، مع «%2» للكسور العشرية، مثل 45000000 أو %3 (دون فواصل للآلاف).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Amount executed</source>
        <translation>المبلغ المنفَّذ</translation>
    </message>
    <message>
        <source>Currency and exchange rates</source>
        <translation>العملة وأسعار الصرف</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>لا توجد عملة معروفة</translation>
    </message>
    <message>
        <source>The country&apos;s (%s)</source>
        <translation>عملة البلد (%s)</translation>
    </message>
    <message>
        <source>Plan &amp;currency:</source>
        <translation>&amp;عملة الخطة:</translation>
    </message>
    <message>
        <source>Exchange rates give the USD equivalents: units of each currency for one US dollar, with the date of the rate and its source (e.g. the UN operational rate of exchange). F2 edits a cell.</source>
        <translation>تتيح أسعار الصرف حساب المبالغ المعادلة بدولارات الولايات المتحدة: عدد وحدات كل عملة مقابل دولار واحد، مع تاريخ السعر ومصدره (مثل سعر الصرف المعمول به في الأمم المتحدة). ويُعدِّل F2 الخلية.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>الوحدات مقابل دولار الولايات المتحدة</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>التاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>أسعار الصرف</translation>
    </message>
    <message>
        <source>E&amp;xchange rates:</source>
        <translation>أ&amp;سعار الصرف:</translation>
    </message>
    <message>
        <source>&amp;Add a rate</source>
        <translation>إ&amp;ضافة سعر</translation>
    </message>
    <message>
        <source>&amp;Remove the rate</source>
        <translation>&amp;حذف السعر</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ح&amp;فظ</translation>
    </message>
    <message>
        <source>&amp;Record the validation</source>
        <translation>تس&amp;جيل الاعتماد</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Row %d: %s</source>
        <translation>الصف %d: %s</translation>
    </message>
    <message>
        <source>The cost line typed is not saved.</source>
        <translation>بند التكلفة المُدخَل لم يُحفظ.</translation>
    </message>
    <message>
        <source>The exchange rates typed are not saved.</source>
        <translation>أسعار الصرف المُدخَلة لم تُحفظ.</translation>
    </message>
    <message>
        <source>%s is not an ISO 4217 currency of the country table</source>
        <translation>%s ليست عملة وفق المعيار ISO 4217 في جدول البلدان</translation>
    </message>
    <message>
        <source>Validation of the action plan</source>
        <translation>اعتماد خطة العمل</translation>
    </message>
    <message>
        <source>Record that the government validated the plan as it is now. An action edited afterwards is shown as changed after validation, here, in the workbook and in the report.</source>
        <translation>سجِّلوا أن الحكومة اعتمدت الخطة بصيغتها الحالية. وأي إجراء يُعدَّل بعد ذلك يظهر بوصفه معدَّلًا بعد الاعتماد، هنا وفي المصنف وفي التقرير.</translation>
    </message>
    <message>
        <source>e.g. National validation workshop, the capital</source>
        <translation>مثل حلقة العمل الوطنية للاعتماد، العاصمة</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>مؤسسة واحدة في كل سطر</translation>
    </message>
    <message>
        <source>Name of the person who approved the plan</source>
        <translation>اسم الشخص الذي وافق على الخطة</translation>
    </message>
    <message>
        <source>e.g. Director-General, National Statistics Office</source>
        <translation>مثل المدير العام، المكتب الإحصائي الوطني</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>ال&amp;مناسبة:</translation>
    </message>
    <message>
        <source>&amp;Institutions present:</source>
        <translation>المؤسسات ال&amp;حاضرة:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>حظيت بموا&amp;فقة:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>الم&amp;نصب:</translation>
    </message>
    <message>
        <source>Reason for withdrawing the validation</source>
        <translation>سبب سحب الاعتماد</translation>
    </message>
    <message>
        <source>&amp;Withdraw the validation</source>
        <translation>&amp;سحب الاعتماد</translation>
    </message>
    <message>
        <source>The validation typed is not saved.</source>
        <translation>الاعتماد المُدخَل لم يُحفظ.</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the validation.</source>
        <translation>اذكر سبب سحب الاعتماد.</translation>
    </message>
    <message>
        <source>Cost of the plan and financing gap</source>
        <translation>تكلفة الخطة وفجوة التمويل</translation>
    </message>
    <message>
        <source>By &amp;year</source>
        <translation>حسب ال&amp;سنة</translation>
    </message>
    <message>
        <source>By &amp;institution</source>
        <translation>حسب ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>(لم تُحدَّد جهة مسؤولة بعد)</translation>
    </message>
    <message>
        <source>By funding &amp;source</source>
        <translation>حسب مصدر ال&amp;تمويل</translation>
    </message>
    <message>
        <source>By &amp;currency</source>
        <translation>حسب ال&amp;عملة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Exchange rates: %s.</source>
        <translation>أسعار الصرف: %s.</translation>
    </message>
    <message>
        <source>No exchange rate: no USD equivalents.</source>
        <translation>لا يوجد سعر صرف: لا مبالغ معادلة بدولارات الولايات المتحدة.</translation>
    </message>
    <message>
        <source>No rate for %s: the USD figures are left out.</source>
        <translation>لا يوجد سعر لـ%s: لم تُدرج الأرقام بدولارات الولايات المتحدة.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>المضمون</translation>
    </message>
    <message>
        <source>Financing gap</source>
        <translation>فجوة التمويل</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>التكلفة (بدولارات الولايات المتحدة)</translation>
    </message>
    <message>
        <source>Gap (USD)</source>
        <translation>الفجوة (بدولارات الولايات المتحدة)</translation>
    </message>
    <message>
        <source>No action is costed yet.</source>
        <translation>لم تُحدَّد تكلفة أي إجراء بعد.</translation>
    </message>
    <message>
        <source>Total cost %1; secured %2; financing gap %3.</source>
        <translation>التكلفة الإجمالية %1؛ المضمون %2؛ فجوة التمويل %3.</translation>
    </message>
</context>
<context>
    <name>PolicyChart</name>
    <message>
        <source>Availability and gap by policy question</source>
        <translation>التوافر والفجوة حسب سؤال السياسات</translation>
    </message>
    <message>
        <source>need</source>
        <translation>الحاجة</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>التوافر</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>فجوة</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>your name, recorded with every change</source>
        <translation>اسمكم، ويُسجَّل مع كل تغيير</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Where the database and its backups live (kept in %s, read by the window and the command line alike).</source>
        <translation>مكان قاعدة البيانات ونسخها الاحتياطية (محفوظ في %s، وتقرؤه النافذة وسطر الأوامر على السواء).</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>لغة التقرير الافتراضية</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>قالب Word</translation>
    </message>
    <message>
        <source>the bundled template</source>
        <translation>القالب المرفق</translation>
    </message>
    <message>
        <source>A Word document (.docx) whose styles the Word report uses: the national statistics office&apos;s own template.</source>
        <translation>مستند Word (.docx) يستخدم تقرير Word أنماطه: القالب الخاص بمكتب الإحصاء الوطني.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>مجلد ال&amp;بيانات:</translation>
    </message>
    <message>
        <source>Default &amp;report language:</source>
        <translation>لغة ال&amp;تقرير الافتراضية:</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>مجلد النسخ الا&amp;حتياطية:</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>&amp;Word template:</source>
        <translation>قالب &amp;Word:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <source>A new interface language applies from the next start.</source>
        <translation>تُطبَّق لغة الواجهة الجديدة عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>This database cannot be written: only the data folder (to move the data somewhere it can be written) and the interface language can be changed.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات هذه: لا يمكن تغيير سوى مجلد البيانات (لنقل البيانات إلى مكان يمكن الكتابة فيه) ولغة الواجهة.</translation>
    </message>
    <message>
        <source>The preferences typed are not saved.</source>
        <translation>التفضيلات المُدخَلة لم تُحفظ.</translation>
    </message>
    <message>
        <source>The database and its backups are in this folder.</source>
        <translation>قاعدة البيانات ونسخها الاحتياطية موجودة في هذا المجلد.</translation>
    </message>
    <message>
        <source>At the next start, the database and its backups move to %s.</source>
        <translation>عند التشغيل التالي، تُنقل قاعدة البيانات ونسخها الاحتياطية إلى %s.</translation>
    </message>
    <message>
        <source>A database is already in %1: it is used from the next start; the current one stays in %2.</source>
        <translation>توجد قاعدة بيانات بالفعل في %1: وستُستخدم ابتداءً من التشغيل التالي؛ وتبقى قاعدة البيانات الحالية في %2.</translation>
    </message>
    <message>
        <source>At the next start, the database and its %1 backups move to %2 (the old file is kept, renamed “capacity.sqlite3.moved”).</source>
        <translation>عند التشغيل التالي، تُنقل قاعدة البيانات ونسخها الاحتياطية (عددها %1) إلى %2 (ويُحتفظ بالملف القديم بعد إعادة تسميته «capacity.sqlite3.moved»).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Browse for %s</source>
        <translation>استعراض %s</translation>
    </message>
</context>
<context>
    <name>ProcurementTab</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>الاستعراض</translation>
    </message>
    <message>
        <source>Add packa&amp;ge</source>
        <translation>إضافة صف&amp;قة</translation>
    </message>
    <message>
        <source>Remove pac&amp;kage</source>
        <translation>إزا&amp;لة الصفقة</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>preparing the workbook</source>
        <translation>إعداد المصنف</translation>
    </message>
    <message>
        <source>writing answers</source>
        <translation>كتابة الإجابات</translation>
    </message>
    <message>
        <source>writing scores</source>
        <translation>كتابة الدرجات</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>التحقق من الملف</translation>
    </message>
    <message>
        <source>reading answers</source>
        <translation>قراءة الإجابات</translation>
    </message>
    <message>
        <source>checking values</source>
        <translation>التحقق من القيم</translation>
    </message>
    <message>
        <source>read</source>
        <translation>قُرئ</translation>
    </message>
    <message>
        <source>reading the answers</source>
        <translation>قراءة الإجابات</translation>
    </message>
    <message>
        <source>drawing the charts</source>
        <translation>رسم الرسوم البيانية</translation>
    </message>
    <message>
        <source>drawing the map</source>
        <translation>رسم الخريطة</translation>
    </message>
    <message>
        <source>composing the pages</source>
        <translation>تكوين الصفحات</translation>
    </message>
    <message>
        <source>laying out the pages</source>
        <translation>تنسيق الصفحات</translation>
    </message>
    <message>
        <source>writing the PDF file</source>
        <translation>كتابة ملف PDF</translation>
    </message>
    <message>
        <source>numbering the pages of the contents</source>
        <translation>ترقيم صفحات المحتويات</translation>
    </message>
    <message>
        <source>writing the Word file</source>
        <translation>كتابة ملف Word</translation>
    </message>
    <message>
        <source>writing the consolidated workbook</source>
        <translation>كتابة المصنف الموحَّد</translation>
    </message>
    <message>
        <source>writing the PDF summary</source>
        <translation>كتابة الموجز بصيغة PDF</translation>
    </message>
    <message>
        <source>writing the analyst files</source>
        <translation>كتابة ملفات المحللين</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>making the forms</source>
        <translation>إعداد الاستمارات</translation>
    </message>
    <message>
        <source>writing the form</source>
        <translation>كتابة الاستمارة</translation>
    </message>
    <message>
        <source>checking the form with pyxform</source>
        <translation>التحقق من الاستمارة باستخدام pyxform</translation>
    </message>
    <message>
        <source>writing the questions</source>
        <translation>كتابة الأسئلة</translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation>قراءة الاستمارات المقدَّمة</translation>
    </message>
    <message>
        <source>reading the repeated rows</source>
        <translation>قراءة الصفوف المكررة</translation>
    </message>
    <message>
        <source>written</source>
        <translation>تمت الكتابة</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>قُرئ %1</translation>
    </message>
    <message>
        <source>reading one file</source>
        <translation>قراءة ملف واحد</translation>
    </message>
    <message>
        <source>reading %1 files</source>
        <translation>قراءة الملفات (عددها %1)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>The progress typed for %1 is not saved.</source>
        <translation>التقدم المُدخَل للفترة %1 لم يُحفظ.</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>التقدم المحرز في تنفيذ الخطة</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;فترة الإبلاغ:</translation>
    </message>
    <message>
        <source>A year such as 2026 or a half-year such as 2026-H1</source>
        <translation>سنة مثل 2026 أو نصف سنة مثل 2026-H1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>بند التكلفة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>المبلغ الملتزم به</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>المبلغ المصروف</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>المبلغ المنفق</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>الإ&amp;جراءات</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>الأ&amp;موال</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>المؤ&amp;شرات</translation>
    </message>
    <message>
        <source>&amp;Institutions&apos; replies…</source>
        <translation>&amp;ردود المؤسسات…</translation>
    </message>
    <message>
        <source>&amp;Write the report…</source>
        <translation>&amp;كتابة التقرير…</translation>
    </message>
    <message>
        <source>The summary, the decisions asked of the minister and the corrective measures that the period&apos;s implementation report prints</source>
        <translation>الموجز والقرارات المطلوبة من الوزير والتدابير التصحيحية التي يطبعها تقرير التنفيذ عن الفترة</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <source>Each action&apos;s status in the period</source>
        <translation>حالة كل إجراء خلال الفترة</translation>
    </message>
    <message>
        <source>Money of each cost line in the period</source>
        <translation>أموال كل بند من بنود التكلفة خلال الفترة</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>يسير في المسار الصحيح</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرض للخطر</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>خارج المسار</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>القيمة المستهدفة لعام %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Value measured</source>
        <translation>القيمة المقيسة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>The date the value was measured, written YYYY-MM-DD (such as 2026-10-15)</source>
        <translation>تاريخ القياس، بالصيغة YYYY-MM-DD (مثل 2026-10-15)</translation>
    </message>
    <message>
        <source>Each indicator&apos;s value measured in the period</source>
        <translation>القيمة المقيسة لكل مؤشر خلال الفترة</translation>
    </message>
    <message>
        <source>Output of action %1</source>
        <translation>ناتج الإجراء %1</translation>
    </message>
    <message>
        <source>(value of %1)</source>
        <translation>(قيمة %1)</translation>
    </message>
    <message>
        <source>(no target this year)</source>
        <translation>(لا قيمة مستهدفة لهذا العام)</translation>
    </message>
    <message>
        <source>indicator %1: type the value measured (a value recorded is replaced, never emptied)</source>
        <translation>المؤشر %1: اكتبوا القيمة المقيسة (تُستبدل القيمة المسجلة ولا تُمحى)</translation>
    </message>
    <message>
        <source>%1 on track, %2 at risk, %3 off track, %4 not judged</source>
        <translation>%1 تسير في المسار الصحيح، و%2 معرضة للخطر، و%3 خارج المسار، و%4 لم تُقيَّم</translation>
    </message>
</context>
<context>
    <name>ProgressRepliesDialog</name>
    <message>
        <source>Progress reported by the institutions</source>
        <translation>التقدم الذي أبلغت عنه المؤسسات</translation>
    </message>
    <message>
        <source>Each institution leading actions reports their progress in a workbook: send it the workbook of a period, then receive its reply. The reply&apos;s rows are proposals: no progress changes until you accept one.</source>
        <translation>تُبلغ كل مؤسسة تقود إجراءات عن التقدم المحرز فيها في مصنف: أرسلوا إليها مصنف الفترة، ثم استلموا ردها. صفوف الرد مقترحات: لا يُسجَّل أي تقدم حتى تقبلوا أحدها.</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;فترة الإبلاغ:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Send a workbook…</source>
        <translation>إ&amp;رسال مصنف…</translation>
    </message>
    <message>
        <source>As an &amp;XLSForm for ODK or Kobo</source>
        <translation>في شكل استمارة XLSForm لـ ODK أو Kobo (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Receive a reply…</source>
        <translation>ا&amp;ستلام رد…</translation>
    </message>
    <message>
        <source>A returned workbook, or a KoboToolbox export (.xlsx) of the form&apos;s submissions</source>
        <translation>مصنف مُعاد، أو ملف تصدير KoboToolbox ‏(.xlsx) لردود الاستمارة</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Accep&amp;t all</source>
        <translation>قبول ال&amp;كل</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>رف&amp;ض</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>القيمة المقترحة</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>المجيب</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Open proposals of the plan&apos;s progress</source>
        <translation>المقترحات المعلقة بشأن التقدم في الخطة</translation>
    </message>
    <message>
        <source>(replaces what is recorded)</source>
        <translation>(يحل محل ما سبق تسجيله)</translation>
    </message>
    <message>
        <source>Action %1, %2</source>
        <translation>الإجراء %1، %2</translation>
    </message>
    <message>
        <source>Indicator %1, %2</source>
        <translation>المؤشر %1، %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 بتاريخ %2</translation>
    </message>
    <message>
        <source>No action names the institution leading it.</source>
        <translation>لا يذكر أي إجراء المؤسسة التي تقوده.</translation>
    </message>
    <message>
        <source>Save the progress workbook</source>
        <translation>حفظ مصنف التقدم</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the progress workbook</source>
        <translation>جارٍ إعداد مصنف التقدم</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Receive an institution&apos;s reply</source>
        <translation>استلام رد مؤسسة</translation>
    </message>
    <message>
        <source>Workbooks and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>المصنفات وصادرات ODK أو Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Reading the reply</source>
        <translation>جارٍ قراءة الرد</translation>
    </message>
    <message>
        <source>%1 for %2: this reply, filled %3, is older than the one of %4 received before: set aside, nothing stored.</source>
        <translation>%1 عن %2: هذا الرد، المعبأ في %3، أقدم من الرد المؤرخ %4 الذي ورد قبله: نُحّي جانبا، ولم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>%1 for %2: this reply states no time it was filled, unlike the one of %3 received before: set aside, nothing stored.</source>
        <translation>%1 عن %2: هذا الرد لا يذكر وقت تعبئته، بخلاف الرد المؤرخ %3 الذي ورد قبله: نُحّي جانبا، ولم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>%1 for %2: %3 proposed, %4 as recorded already.</source>
        <translation>%1 عن %2: المقترحات: %3، المطابقة لما سبق تسجيله: %4.</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken on your word, not by the time it states (the one received before is of %2).</source>
        <translation>عدد الردود عن الفترة: %1؛ أُخذ هذا الرد بقرار منك، لا بحسب الوقت الذي يذكره (الرد الوارد قبله مؤرخ %2).</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one, of %2, is the newest.</source>
        <translation>عدد الردود عن الفترة: %1؛ هذا الرد، المؤرخ %2، هو الأحدث.</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken as the one received last (no time they state tells them apart).</source>
        <translation>عدد الردود عن الفترة: %1؛ أُخذ هذا الرد بوصفه آخر ما ورد (لا يميز بينها أي وقت تذكره).</translation>
    </message>
    <message>
        <source>Reply set aside</source>
        <translation>رد نُحّي جانبا</translation>
    </message>
    <message>
        <source>Take this reply all the same? Its proposals then supersede the open ones of the reply received before.</source>
        <translation>هل تأخذ هذا الرد مع ذلك؟ تحل مقترحاته حينئذ محل المقترحات المفتوحة للرد الوارد قبله.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: %s.</source>
        <translation>للقراءة فقط. %s.</translation>
    </message>
</context>
<context>
    <name>ResultsChainDialog</name>
    <message>
        <source>Overall objective</source>
        <translation>الهدف العام</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>الحصيلة</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>الناتج</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <source>Results chain</source>
        <translation>سلسلة النتائج</translation>
    </message>
    <message>
        <source>Overall objective (impact)</source>
        <translation>الهدف العام (الأثر)</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>ال&amp;هدف:</translation>
    </message>
    <message>
        <source>A&amp;ssumptions:</source>
        <translation>الا&amp;فتراضات:</translation>
    </message>
    <message>
        <source>Outcomes (specific objectives)</source>
        <translation>الحصائل (الأهداف المحددة)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>الافتراضات</translation>
    </message>
    <message>
        <source>&amp;Add outcome</source>
        <translation>إ&amp;ضافة حصيلة</translation>
    </message>
    <message>
        <source>&amp;Remove outcome</source>
        <translation>&amp;حذف الحصيلة</translation>
    </message>
    <message>
        <source>Add &amp;indicator of</source>
        <translation>إضافة مؤ&amp;شر لـ</translation>
    </message>
    <message>
        <source>Remove in&amp;dicator</source>
        <translation>ح&amp;ذف المؤشر</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>يقيس</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>سنة خط الأساس</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>وسائل التحقق</translation>
    </message>
    <message>
        <source>Targets (%1)</source>
        <translation>القيم المستهدفة (%1)</translation>
    </message>
    <message>
        <source>The outcome each action serves (an action is an output)</source>
        <translation>الحصيلة التي يخدمها كل إجراء (الإجراء ناتج)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Outcome it serves</source>
        <translation>الحصيلة التي يخدمها</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>الإجراء %1</translation>
    </message>
    <message>
        <source>(no outcome yet)</source>
        <translation>(لا حصيلة بعد)</translation>
    </message>
    <message>
        <source>The results chain typed is not saved.</source>
        <translation>سلسلة النتائج المُدخَلة لم تُحفظ.</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>حصيلة جديدة</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>مؤشر جديد</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Not reviewed</source>
        <translation>لم تُراجَع</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>مُتحقَّق منها</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>تحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>مُعترَض عليها</translation>
    </message>
    <message>
        <source>Review: ✓ validated, ? needs follow-up, ✗ disputed.</source>
        <translation>المراجعة: ✓ مُتحقَّق منها، ? تحتاج إلى متابعة، ✗ مُعترَض عليها.</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>تم التحقق منها</translation>
    </message>
    <message>
        <source>marked for follow-up</source>
        <translation>وُضعت عليها علامة المتابعة</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>اعتُرض عليها</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>the answer changed after it was %1 by %2 on %3</source>
        <translation>تغيّرت الإجابة بعد أن %1 من قِبل %2 في %3</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>راجعها: %1، %2</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Review:</source>
        <translation>المراجعة:</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>ملاحظة المراجعة</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <source>Note: what is disputed, what to follow up</source>
        <translation>ملاحظة: ما المعترض عليه، وما الذي تجب متابعته</translation>
    </message>
    <message>
        <source>Review of this answer: %s</source>
        <translation>مراجعة هذه الإجابة: %s</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Mitigating measure</source>
        <translation>تدبير التخفيف</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول عن الخطر</translation>
    </message>
    <message>
        <source>Add &amp;risk</source>
        <translation>إضافة خط&amp;ر</translation>
    </message>
    <message>
        <source>Remo&amp;ve risk</source>
        <translation>ح&amp;ذف الخطر</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <source>Section scores chart</source>
        <translation>رسم بياني لدرجات الفروع</translation>
    </message>
    <message>
        <source>(round %1: %2)</source>
        <translation>(الجولة %1: %2)</translation>
    </message>
    <message>
        <source>Click to open the section.</source>
        <translation>انقروا لفتح الفرع.</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>the database is on a network share, where SQLite cannot lock it safely: copy it to this computer and open the copy</source>
        <translation>قاعدة البيانات موجودة في مجلد مشترك على الشبكة، حيث لا يستطيع SQLite قفلها بأمان: انسخوها إلى هذا الحاسوب وافتحوا النسخة</translation>
    </message>
    <message>
        <source>the title is one line (it holds a line break)</source>
        <translation>العنوان سطر واحد (وفيه فاصل أسطر)</translation>
    </message>
    <message>
        <source>is a folder, not a workbook</source>
        <translation>مجلد وليس مصنفًا</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>قاعدة البيانات مفتوحة للقراءة فقط</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>قاعدة البيانات مغلقة</translation>
    </message>
    <message>
        <source>no permission to read the database</source>
        <translation>لا يوجد إذن بقراءة قاعدة البيانات</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: set its status back to “In progress” to change it</source>
        <translation>التقييم %1 (%2) نهائي: أعيدوا حالته إلى «قيد الإنجاز» لتغييره</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: nothing was imported; set its status back to “In progress” to import into it</source>
        <translation>التقييم %1 (%2) نهائي: لم يُستورد أي شيء؛ أعيدوا حالته إلى «قيد الإنجاز» للاستيراد إليه</translation>
    </message>
    <message>
        <source>the round must be a year from %1 to %2, not %3</source>
        <translation>يجب أن تكون الجولة سنة بين %1 و%2، وليس %3</translation>
    </message>
    <message>
        <source>unknown answer key for questionnaire %1 %2</source>
        <translation>مفتاح إجابة غير معروف للاستبيان %1 %2</translation>
    </message>
    <message>
        <source>questionnaire version %1 cannot be imported: no declared mapping to version %2 (assessments/mappings)</source>
        <translation>لا يمكن استيراد الإصدار %1 من الاستبيان: لا توجد مطابقة معلنة مع الإصدار %2 (assessments/mappings)</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>الحقل %1 مفقود</translation>
    </message>
    <message>
        <source>unknown country code %1</source>
        <translation>رمز بلد غير معروف: %1</translation>
    </message>
    <message>
        <source>round must be a year, got %1</source>
        <translation>يجب أن تكون الجولة سنة، وليس %1</translation>
    </message>
    <message>
        <source>%1 appears twice (rows %2 and %3)</source>
        <translation>يرد %1 مرتين (الصفان %2 و%3)</translation>
    </message>
    <message>
        <source>holds the spreadsheet error %1, not a value (type the value)</source>
        <translation>تحتوي على خطأ جدول البيانات %1 وليس على قيمة (اكتبوا القيمة)</translation>
    </message>
    <message>
        <source>backup folder %1: %2</source>
        <translation>مجلد النسخ الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>cannot write the backup taken before an import (%1)</source>
        <translation>تتعذر كتابة النسخة الاحتياطية التي تُؤخذ قبل الاستيراد (%1)</translation>
    </message>
    <message>
        <source>cannot write the daily backup (%1)</source>
        <translation>تتعذر كتابة النسخة الاحتياطية اليومية (%1)</translation>
    </message>
    <message>
        <source>cannot write the backup (%1)</source>
        <translation>تتعذر كتابة النسخة الاحتياطية (%1)</translation>
    </message>
    <message>
        <source>cannot create the lock file (%1)</source>
        <translation>يتعذر إنشاء ملف القفل (%1)</translation>
    </message>
    <message>
        <source>cannot open the database (%1)</source>
        <translation>يتعذر فتح قاعدة البيانات (%1)</translation>
    </message>
    <message>
        <source>.%1 files cannot be attached (allowed: %2)</source>
        <translation>لا يمكن إرفاق ملفات ‎.%1 (المسموح بها: %2)</translation>
    </message>
    <message>
        <source>a file without an extension cannot be attached (allowed: %1)</source>
        <translation>لا يمكن إرفاق ملف بلا امتداد (المسموح بها: %1)</translation>
    </message>
    <message>
        <source>the file is %1 MB; the limit is %2 MB per document</source>
        <translation>حجم الملف %1 ميغابايت؛ والحد الأقصى %2 ميغابايت لكل وثيقة</translation>
    </message>
    <message>
        <source>the assessment&apos;s documents would take %1 MB; the limit is %2 MB per assessment</source>
        <translation>ستبلغ وثائق التقييم %1 ميغابايت؛ والحد الأقصى %2 ميغابايت لكل تقييم</translation>
    </message>
    <message>
        <source>this document is already attached to %1 (as %2, SHA-256 %3)</source>
        <translation>هذه الوثيقة مرفقة بالفعل بـ %1 (باسم %2، SHA-256 %3)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>تتعذر قراءته (%1)</translation>
    </message>
    <message>
        <source>the package is too large (%1 MB; the limit is %2 MB)</source>
        <translation>الحزمة كبيرة جدًا (%1 ميغابايت؛ الحد الأقصى %2 ميغابايت)</translation>
    </message>
    <message>
        <source>the package is damaged or truncated (zip: %1)</source>
        <translation>الحزمة تالفة أو مبتورة (zip: %1)</translation>
    </message>
    <message>
        <source>too many members (%1; the limit is %2)</source>
        <translation>عدد العناصر كبير جدًا (%1؛ الحد الأقصى %2)</translation>
    </message>
    <message>
        <source>member %1 is a folder that holds data or is named unsafely (a package holds files only)</source>
        <translation>العنصر %1 مجلد يحتوي على بيانات أو اسمه غير آمن (لا تحتوي الحزمة إلا على ملفات)</translation>
    </message>
    <message>
        <source>member %1 is refused: an absolute path or a path with “\”</source>
        <translation>رُفض العنصر %1: مسار مطلق أو مسار يحتوي على «\»</translation>
    </message>
    <message>
        <source>member %1 is refused: a path with “..”, “.” or an empty part</source>
        <translation>رُفض العنصر %1: مسار يحتوي على «..» أو «.» أو جزء فارغ</translation>
    </message>
    <message>
        <source>member %1 is refused: a control character in its name</source>
        <translation>رُفض العنصر %1: يحتوي اسمه على حرف تحكم</translation>
    </message>
    <message>
        <source>two members are named %1</source>
        <translation>عنصران يحملان الاسم %1</translation>
    </message>
    <message>
        <source>member %1 is a folder (a package holds files only)</source>
        <translation>العنصر %1 مجلد (لا تحتوي الحزمة إلا على ملفات)</translation>
    </message>
    <message>
        <source>member %1 is a link or a special file</source>
        <translation>العنصر %1 رابط أو ملف خاص</translation>
    </message>
    <message>
        <source>member %1 is compressed %2 times (limit %3; possible zip bomb)</source>
        <translation>العنصر %1 مضغوط %2 مرة (الحد الأقصى %3؛ قد يكون قنبلة ضغط)</translation>
    </message>
    <message>
        <source>the package would decompress to %1 MB (possible zip bomb)</source>
        <translation>سيبلغ حجم الحزمة بعد فك الضغط %1 ميغابايت (قد تكون قنبلة ضغط)</translation>
    </message>
    <message>
        <source>manifest.json is too large (%1 MB)</source>
        <translation>ملف manifest.json كبير جدًا (%1 ميغابايت)</translation>
    </message>
    <message>
        <source>member %1 is not in the manifest</source>
        <translation>العنصر %1 غير مدرج في البيان</translation>
    </message>
    <message>
        <source>member %1 of the manifest is missing</source>
        <translation>العنصر %1 المدرج في البيان مفقود</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (size %2, listed %3; the limit is %4 MB)</source>
        <translation>العنصر %1 لا يطابق البيان (الحجم %2، والمدرج %3؛ الحد الأقصى %4 ميغابايت)</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (its SHA-256 differs)</source>
        <translation>العنصر %1 لا يطابق البيان (قيمة SHA-256 الخاصة به مختلفة)</translation>
    </message>
    <message>
        <source>the documents take more than %1 MB</source>
        <translation>تتجاوز الوثائق %1 ميغابايت</translation>
    </message>
    <message>
        <source>member %1 could not be unpacked (%2)</source>
        <translation>تعذر فك العنصر %1 (%2)</translation>
    </message>
    <message>
        <source>the manifest attaches a document it does not hold (%1)</source>
        <translation>يرفق البيان وثيقة لا تحتويها الحزمة (%1)</translation>
    </message>
    <message>
        <source>document %1 is attached to nothing in the manifest</source>
        <translation>الوثيقة %1 غير مرفقة بأي عنصر في البيان</translation>
    </message>
    <message>
        <source>member %1 decompresses to more than it declares (possible zip bomb)</source>
        <translation>العنصر %1 يتجاوز بعد فك الضغط الحجمَ المعلن (قد يكون قنبلة ضغط)</translation>
    </message>
    <message>
        <source>the package is damaged (member %1 is shorter than declared)</source>
        <translation>الحزمة تالفة (العنصر %1 أقصر من الحجم المعلن)</translation>
    </message>
    <message>
        <source>the package is damaged (member %1: %2)</source>
        <translation>الحزمة تالفة (العنصر %1: %2)</translation>
    </message>
    <message>
        <source>the stored document %1 does not match its SHA-256 (damaged database?); no package written</source>
        <translation>الوثيقة المحفوظة %1 لا تطابق قيمة SHA-256 الخاصة بها (قاعدة بيانات تالفة؟)؛ لم تُكتب أي حزمة</translation>
    </message>
    <message>
        <source>manifest.json is not valid: version %1 (this application reads version %2)</source>
        <translation>ملف manifest.json غير صالح: الإصدار %1 (يقرأ هذا التطبيق الإصدار %2)</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is neither workbook.xlsx nor documents/&lt;sha256&gt;.&lt;ext&gt;</source>
        <translation>ملف manifest.json غير صالح: العنصر %1 ليس workbook.xlsx ولا documents/&lt;sha256&gt;.&lt;ext&gt;</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not named by its SHA-256</source>
        <translation>ملف manifest.json غير صالح: اسم العنصر %1 ليس قيمة SHA-256 الخاصة به</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not a kind that may be attached</source>
        <translation>ملف manifest.json غير صالح: العنصر %1 ليس من نوع يجوز إرفاقه</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is an empty document (a document attached is never empty)</source>
        <translation>ملف manifest.json غير صالح: العنصر %1 وثيقة فارغة (الوثيقة المرفقة لا تكون فارغة أبدًا)</translation>
    </message>
    <message>
        <source>manifest.json is not valid: an attachment&apos;s field “%1” is longer than %2 characters</source>
        <translation>ملف manifest.json غير صالح: الحقل «%1» في أحد المرفقات يتجاوز %2 حرفًا</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: its time %2 is not a date and time</source>
        <translation>ملف manifest.json غير صالح: المرفق %1: وقته %2 ليس تاريخًا ووقتًا</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1 to %2 listed twice</source>
        <translation>ملف manifest.json غير صالح: المرفق %1 بـ %2 مدرج مرتين</translation>
    </message>
    <message>
        <source>manifest.json is not valid: %1 listed twice</source>
        <translation>ملف manifest.json غير صالح: %1 مدرج مرتين</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: %2</source>
        <translation>ملف manifest.json غير صالح: المرفق %1: %2</translation>
    </message>
    <message>
        <source>the year %1 must be a year from %2 to %3</source>
        <translation>يجب أن تكون السنة %1 من %2 إلى %3</translation>
    </message>
    <message>
        <source>the amount %1 has decimals: %2 has none</source>
        <translation>المبلغ %1 يتضمن كسورًا عشرية: و%2 لا كسور عشرية له</translation>
    </message>
    <message>
        <source>the amount %1 has more decimals than %2 has (%3)</source>
        <translation>المبلغ %1 يتضمن خانات عشرية أكثر مما لـ %2 (%3)</translation>
    </message>
    <message>
        <source>the amount executed %1 has decimals: %2 has none</source>
        <translation>المبلغ المنفَّذ %1 يتضمن كسورًا عشرية: و%2 لا كسور عشرية له</translation>
    </message>
    <message>
        <source>the amount executed %1 has more decimals than %2 has (%3)</source>
        <translation>المبلغ المنفَّذ %1 يتضمن خانات عشرية أكثر مما لـ %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency of the country table (for example XOF, EUR or USD)</source>
        <translation>%1 ليست عملة وفق المعيار ISO 4217 في جدول البلدان (مثل XOF أو EUR أو USD)</translation>
    </message>
    <message>
        <source>the currency %1 is not an ISO 4217 code (three capital letters, such as XOF or USD)</source>
        <translation>العملة %1 ليست رمزًا وفق المعيار ISO 4217 (ثلاثة أحرف لاتينية كبيرة، مثل XOF أو USD)</translation>
    </message>
    <message>
        <source>the amount %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>المبلغ %1 كبير جدًا: يجب أن تقل المبالغ عن 10000000000000 (عشرة تريليونات)</translation>
    </message>
    <message>
        <source>the amount executed %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>المبلغ المنفَّذ %1 كبير جدًا: يجب أن تقل المبالغ عن 10000000000000 (عشرة تريليونات)</translation>
    </message>
    <message>
        <source>the amount %1 has %2 decimals: at most %3</source>
        <translation>المبلغ %1 يتضمن %2 خانات عشرية: الحد الأقصى %3</translation>
    </message>
    <message>
        <source>the amount executed %1 has %2 decimals: at most %3</source>
        <translation>المبلغ المنفَّذ %1 يتضمن %2 خانات عشرية: الحد الأقصى %3</translation>
    </message>
    <message>
        <source>the amount %1 has more than %2 digits</source>
        <translation>المبلغ %1 يتجاوز %2 رقمًا</translation>
    </message>
    <message>
        <source>the amount executed %1 has more than %2 digits</source>
        <translation>المبلغ المنفَّذ %1 يتجاوز %2 رقمًا</translation>
    </message>
    <message>
        <source>the exchange rate %1 is not a number: write it with a point for decimals, such as 605.25</source>
        <translation>سعر الصرف %1 ليس رقمًا: اكتبه بنقطة عشرية، مثل 605.25</translation>
    </message>
    <message>
        <source>the exchange rate must be a number above zero, not %1</source>
        <translation>يجب أن يكون سعر الصرف رقمًا أكبر من الصفر، لا %1</translation>
    </message>
    <message>
        <source>the exchange rate %1 has too many digits: at most %2, %3 of them decimals</source>
        <translation>سعر الصرف %1 يتضمن أرقامًا أكثر من اللازم: %2 رقمًا كحد أقصى، منها %3 خانات عشرية</translation>
    </message>
    <message>
        <source>the date of the %1 rate must be a date YYYY-MM-DD, not %2</source>
        <translation>يجب أن يكون تاريخ سعر صرف %1 بالصيغة YYYY-MM-DD، لا %2</translation>
    </message>
    <message>
        <source>two exchange rates for %1: keep one</source>
        <translation>سعرا صرف لـ %1: احتفظ بواحد فقط</translation>
    </message>
    <message>
        <source>a plan has at most %1 exchange rates</source>
        <translation>لا تتضمن الخطة أكثر من %1 سعر صرف</translation>
    </message>
    <message>
        <source>the funder&apos;s name is longer than %1 characters (%2)</source>
        <translation>اسم الجهة المموِّلة يتجاوز %1 حرفًا (%2)</translation>
    </message>
    <message>
        <source>the rate&apos;s source is longer than %1 characters (%2)</source>
        <translation>مصدر سعر الصرف يتجاوز %1 حرفًا (%2)</translation>
    </message>
    <message>
        <source>cost line %1: %2</source>
        <translation>بند التكلفة %1: %2</translation>
    </message>
    <message>
        <source>the assessment would hold %1 MB of text (answers, comments, evidence, the action plan, review notes), more than a workbook carries (%2 MB): shorten the longest texts or attach long documents as files</source>
        <translation>سيحتوي التقييم على %1 ميغابايت من النص (الإجابات والتعليقات والأدلة وخطة العمل وملاحظات المراجعة)، وهو أكثر مما يحمله المصنف (%2 ميغابايت): اختصر أطول النصوص أو أرفق المستندات الطويلة كملفات</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>لم يُستورد شيء: %1</translation>
    </message>
    <message>
        <source>the reporting period %1 is not a year such as 2026 or a half-year such as 2026-H1</source>
        <translation>فترة الإبلاغ %1 ليست سنة مثل 2026 ولا نصف سنة مثل 2026-H1</translation>
    </message>
    <message>
        <source>the period %1 is before the plan, which starts in %2</source>
        <translation>الفترة %1 سابقة للخطة التي تبدأ في عام %2</translation>
    </message>
    <message>
        <source>the period %1 has not begun (today is %2)</source>
        <translation>الفترة %1 لم تبدأ بعد (تاريخ اليوم %2)</translation>
    </message>
    <message>
        <source>the period %1 is outside the plan&apos;s years (%2–%3)</source>
        <translation>الفترة %1 خارج سنوات الخطة (%2–%3)</translation>
    </message>
    <message>
        <source>give the date the value of indicator %1 was measured</source>
        <translation>اذكروا تاريخ قياس قيمة المؤشر %1</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 is not a date YYYY-MM-DD: %2</source>
        <translation>تاريخ قيمة المؤشر %1 ليس تاريخًا بالصيغة YYYY-MM-DD: %2</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 (%2) is after today (%3)</source>
        <translation>تاريخ قيمة المؤشر %1 (%2) لاحق لتاريخ اليوم (%3)</translation>
    </message>
    <message>
        <source>the value of indicator %1 (%2) is not a number: write digits, such as 42 or 37.5</source>
        <translation>قيمة المؤشر %1 (%2) ليست رقمًا: اكتبوا أرقامًا، مثل 42 أو 37.5</translation>
    </message>
    <message>
        <source>action %1 has progress recorded for %2: it stays in the plan so that its money stays counted; report it as dropped, with the reason, or remove its progress first</source>
        <translation>للإجراء %1 تقدم مسجَّل للفترة %2: يبقى في الخطة لكي تظل أمواله محسوبة؛ أبلغ عنه بوصفه ملغى مع ذكر السبب، أو احذف تقدمه أولاً</translation>
    </message>
    <message>
        <source>cost line %1 of action %2 (%3, %4) holds money recorded for %5: it keeps its place, year, currency and funder (change its amount, or add a new line after it)</source>
        <translation>يحمل بند التكلفة %1 من الإجراء %2 (%3، %4) أموالاً مسجَّلة للفترة %5: يحتفظ بموضعه وسنته وعملته وجهة تمويله (عدِّل مبلغه، أو أضف بنداً جديداً بعده)</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters (%2): shorten it</source>
        <translation>العنوان أطول من %1 حرفًا (%2): اختصره</translation>
    </message>
    <message>
        <source>%1 already has an assessment for round %2 (%4): open it, or choose another round</source>
        <translation>لدى %1 تقييم للجولة %2 بالفعل (%4): افتحوه أو اختاروا جولة أخرى</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is the database or one of its files; it is never attached as a document</source>
        <translation>هو قاعدة البيانات أو أحد ملفاتها؛ لا يُرفق مثل هذا الملف بوصفه وثيقة أبدًا</translation>
    </message>
    <message>
        <source>is a backup of the database; it is never attached as a document</source>
        <translation>هو نسخة احتياطية من قاعدة البيانات؛ لا تُرفق النسخ الاحتياطية بوصفها وثائق أبدًا</translation>
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
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open the selected assessment (home)</source>
        <translation>فتح التقييم المحدد (الصفحة الرئيسية)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Assessment details: title, round, country</source>
        <translation>بيانات التقييم: العنوان والجولة والبلد</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the assessment, back to the list</source>
        <translation>إغلاق التقييم والعودة إلى القائمة</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation>التراجع عن آخر إجابة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>البحث في الأسئلة والمعرّفات والتعليقات</translation>
    </message>
    <message>
        <source>F3 / Shift+F3</source>
        <translation>F3 / Shift+F3</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>النتيجة التالية / السابقة</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Next unanswered item</source>
        <translation>البند التالي غير المجاب</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Previous unanswered item</source>
        <translation>البند السابق غير المجاب</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Review the current answer (a question, a grid row, a matrix cell)</source>
        <translation>مراجعة الإجابة الحالية (سؤال، أو صف في جدول، أو خلية في المصفوفة)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>History of the current answer: who, when, restore a value</source>
        <translation>سجل الإجابة الحالية: من ومتى، واستعادة قيمة</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Next answer not reviewed</source>
        <translation>الإجابة التالية غير المراجَعة</translation>
    </message>
    <message>
        <source>Ctrl+1 / 2 / 3</source>
        <translation>Ctrl+1 / Ctrl+2 / Ctrl+3</translation>
    </message>
    <message>
        <source>Questions / Matrix / Dashboard</source>
        <translation>الأسئلة / المصفوفة / لوحة المتابعة</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Focus the navigator</source>
        <translation>الانتقال إلى المتصفح</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Next questionnaire language</source>
        <translation>لغة الاستبيان التالية</translation>
    </message>
    <message>
        <source>Alt+Down / Alt+Up</source>
        <translation>Alt+Down / Alt+Up</translation>
    </message>
    <message>
        <source>Next / previous section</source>
        <translation>الفرع التالي / السابق</translation>
    </message>
    <message>
        <source>Enter (matrix)</source>
        <translation>Enter (المصفوفة)</translation>
    </message>
    <message>
        <source>Edit the current cell&apos;s fields</source>
        <translation>تعديل حقول الخلية الحالية</translation>
    </message>
    <message>
        <source>Esc (matrix panel)</source>
        <translation>Esc (لوحة المصفوفة)</translation>
    </message>
    <message>
        <source>Back to the grid</source>
        <translation>العودة إلى الجدول</translation>
    </message>
    <message>
        <source>F4 (grid)</source>
        <translation>F4 (الجدول)</translation>
    </message>
    <message>
        <source>Open a cell&apos;s list or calendar</source>
        <translation>فتح قائمة الخلية أو تقويمها</translation>
    </message>
    <message>
        <source>Delete (grid)</source>
        <translation>Delete (الجدول)</translation>
    </message>
    <message>
        <source>Clear a cell</source>
        <translation>مسح خلية</translation>
    </message>
    <message>
        <source>Shift+F10 (grid)</source>
        <translation>Shift+F10 (الجدول)</translation>
    </message>
    <message>
        <source>Don&apos;t know / not applicable / clear</source>
        <translation>لا أعرف / لا ينطبق / مسح</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the workbook</source>
        <translation>تصدير المصنف</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Help (offline)</source>
        <translation>المساعدة (دون اتصال)</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>هذه القائمة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Completeness: %1 of the primary questions answered or not applicable, weighted by section (the method asks at least %2).</source>
        <translation>نسبة الاكتمال: %1 من الأسئلة الأساسية التي أُجيب عنها أو التي لا تنطبق، مرجَّحةً بأوزان الفروع (تشترط المنهجية %2 على الأقل).</translation>
    </message>
    <message>
        <source>Open follow-ups: %1.</source>
        <translation>إجابات تحتاج إلى متابعة في المراجعة: %1.</translation>
    </message>
    <message>
        <source>Answers not reviewed: %1 of %2.</source>
        <translation>إجابات لم تُراجَع: %1 من %2.</translation>
    </message>
    <message>
        <source>Disputed answers: %1.</source>
        <translation>إجابات مُعترَض عليها: %1.</translation>
    </message>
    <message>
        <source>Answers citing a document that is not attached: %1.</source>
        <translation>إجابات تستشهد بوثيقة غير مرفقة: %1.</translation>
    </message>
    <message>
        <source>The score is provisional: too little is known for a band.</source>
        <translation>الدرجة مؤقتة: المعروف أقل من أن يسمح بتحديد فئة.</translation>
    </message>
    <message>
        <source>The supervisor has not signed the reviews off (Edit ▸ Sign off the reviews).</source>
        <translation>لم يُقرّ المشرف المراجعات بعد (تحرير ◂ إقرار المراجعات).</translation>
    </message>
    <message>
        <source>Answers reviewed: %1 of %2.</source>
        <translation>الإجابات المُراجَعة: %1 من %2.</translation>
    </message>
    <message>
        <source>The reviews cannot be signed off yet: review every answer (F8 goes to the next one) and settle every follow-up first.</source>
        <translation>لا يمكن إقرار المراجعات بعد: يُرجى مراجعة كل إجابة أولًا (اضغطوا F8 للانتقال إلى الإجابة التالية) وتسوية كل متابعة.</translation>
    </message>
    <message>
        <source>The reviews can be signed off. Disputed answers and missing documents are written into the record and printed on the report&apos;s cover.</source>
        <translation>يمكن إقرار المراجعات. تُدوَّن الإجابات المُعترَض عليها والوثائق الناقصة في السجل وتُطبع على غلاف التقرير.</translation>
    </message>
    <message>
        <source>Reviews signed off by %1 (%2) on %3.</source>
        <translation>أُقِرّت المراجعات باسم %1 (%2) في %3.</translation>
    </message>
    <message>
        <source>It cannot be validated yet: bring completeness up to the threshold and settle every follow-up first.</source>
        <translation>لا يمكن اعتماده بعد: يُرجى رفع نسبة الاكتمال إلى الحد المطلوب وتسوية كل متابعة أولًا.</translation>
    </message>
    <message>
        <source>It can be validated. What stands open above is written into the validation&apos;s record and printed under the validation on the report&apos;s cover.</source>
        <translation>يمكن اعتماده. ويُسجَّل ما ظلّ معلَّقًا أعلاه في سجل الاعتماد ويُطبع تحت الاعتماد على غلاف التقرير.</translation>
    </message>
    <message>
        <source>It can be validated: nothing stands open.</source>
        <translation>يمكن اعتماده: لا شيء معلَّق.</translation>
    </message>
    <message>
        <source>Validated for the national statistics office by %1 (%2, %3) on %4.</source>
        <translation>اعتُمد باسم المكتب الإحصائي الوطني من قِبل %1 (%2، %3) في %4.</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>ا&amp;عتماد</translation>
    </message>
    <message>
        <source>Validate for the national statistics office</source>
        <translation>الاعتماد باسم المكتب الإحصائي الوطني</translation>
    </message>
    <message>
        <source>Record who validates this assessment for the national statistics office. It becomes final: read-only until it is reopened, with a reason. The validation is printed on the report&apos;s cover and carried in the workbook.</source>
        <translation>سجّلوا من يعتمد هذا التقييم باسم المكتب الإحصائي الوطني. يصبح التقييم نهائيًا: للقراءة فقط إلى أن يُعاد فتحه مع ذكر السبب. ويُطبع الاعتماد على غلاف التقرير ويُدرج في المصنف.</translation>
    </message>
    <message>
        <source>e.g. Director-General</source>
        <translation>مثل المدير العام</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>ال&amp;وظيفة:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>الم&amp;ؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>Give the name, position and institution of the person who validates, and the date.</source>
        <translation>اذكروا اسم الشخص الذي يعتمد التقييم ووظيفته ومؤسسته، والتاريخ.</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>إ&amp;قرار</translation>
    </message>
    <message>
        <source>Sign off the reviews</source>
        <translation>إقرار المراجعات</translation>
    </message>
    <message>
        <source>The mission&apos;s supervisor certifies that every answer was reviewed. This is not the national statistics office&apos;s validation, which comes after it. The supervisor is named here; the laptop&apos;s operator is recorded as who entered it.</source>
        <translation>يشهد مشرف البعثة بأن كل إجابة قد رُوجعت. وليس هذا اعتماد المكتب الإحصائي الوطني الذي يأتي بعده. يُذكر اسم المشرف هنا، ويُسجَّل مشغّل الحاسوب بوصفه من أدخله.</translation>
    </message>
    <message>
        <source>e.g. Mission supervisor</source>
        <translation>مثلًا: مشرف البعثة</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Give the supervisor&apos;s name and position, and the date.</source>
        <translation>أدخِل اسم المشرف ووظيفته، والتاريخ.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation>إعادة فتح التقييم</translation>
    </message>
    <message>
        <source>Reopening withdraws the validation: the report&apos;s cover and the workbook will say it was withdrawn, when, by whom and why, and list the answers changed afterwards. It can be validated again once the changes are made.</source>
        <translation>إعادة الفتح تسحب الاعتماد: سيذكر غلاف التقرير والمصنف أنه سُحب، ومتى، ومن سحبه، ولماذا، وسيسردان الإجابات التي تغيّرت بعد ذلك. ويمكن اعتماده من جديد بعد إجراء التغييرات.</translation>
    </message>
    <message>
        <source>It withdraws the supervisor&apos;s review sign-off too: the reviews are signed off again before the next validation.</source>
        <translation>ويسحب أيضًا إقرار المشرف للمراجعات: تُقَرّ المراجعات من جديد قبل الاعتماد التالي.</translation>
    </message>
    <message>
        <source>This assessment is final. Say why it is reopened: the rea&amp;son is recorded with your name and the time.</source>
        <translation>هذا التقييم نهائي. اذكروا سبب إعادة فتحه: يُسجَّل ال&amp;سبب مع اسمكم والوقت.</translation>
    </message>
    <message>
        <source>Say why the assessment is reopened: a reason is required.</source>
        <translation>اذكروا سبب إعادة فتح التقييم: ذكر السبب إلزامي.</translation>
    </message>
    <message>
        <source>This assessment is already final: reopen it (Status), with a reason, to validate it again.</source>
        <translation>هذا التقييم نهائي بالفعل: أعيدوا فتحه (الحالة)، مع ذكر السبب، لاعتماده من جديد.</translation>
    </message>
    <message>
        <source>This assessment is final: the reviews are signed off before the validation. Reopen it (Status), with a reason, to sign them off again.</source>
        <translation>هذا التقييم نهائي: تُقَرّ المراجعات قبل الاعتماد. أعِد فتحه (الحالة) مع ذكر السبب لإقرارها من جديد.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Damaged database</source>
        <translation>قاعدة بيانات تالفة</translation>
    </message>
    <message>
        <source>{error}

Restore the newest good backup?
{backup}

The damaged file is kept next to it with the suffix .damaged.</source>
        <translation>{error}

هل تريدون استعادة أحدث نسخة احتياطية سليمة؟
{backup}

يُحتفظ بالملف التالف بجانبها مع اللاحقة ‎.damaged.</translation>
    </message>
</context>
<context>
    <name>StatusControl</name>
    <message>
        <source>Stat&amp;us:</source>
        <translation>الحال&amp;ة:</translation>
    </message>
    <message>
        <source>Status of the assessment</source>
        <translation>حالة التقييم</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Progress of %s</source>
        <translation>تقدُّم %s</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Save before going on?</source>
        <translation>هل تريد الحفظ قبل المتابعة؟</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <source>the data folder cannot be written (it is read-only, or on a read-only drive)</source>
        <translation>لا يمكن الكتابة في مجلد البيانات (فهو للقراءة فقط، أو على محرك أقراص للقراءة فقط)</translation>
    </message>
    <message>
        <source>the disk is full (free some space)</source>
        <translation>القرص ممتلئ (أفرغوا بعض المساحة)</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>برنامج آخر يستخدم قاعدة البيانات</translation>
    </message>
    <message>
        <source>the disk could not be written (was the drive removed?)</source>
        <translation>تعذّرت الكتابة على القرص (هل أُزيل محرك الأقراص؟)</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>قاعدة البيانات مغلقة</translation>
    </message>
    <message>
        <source>the database could not be written</source>
        <translation>تعذّرت الكتابة في قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>A year from %d to %d</source>
        <translation>سنة من %d إلى %d</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>The window&apos;s preferences cannot be read</source>
        <translation>لا يمكن قراءة تفضيلات النافذة</translation>
    </message>
    <message>
        <source>{file}

This is not a file the window can read its preferences from (a named pipe, a device or a folder, or a file larger than 1 MB). Move it away or delete it, then start the application again.</source>
        <translation>{file}

لا يمكن للنافذة أن تقرأ تفضيلاتها من هذا الملف (أنبوب مسمّى أو جهاز أو مجلد، أو ملف يزيد حجمه على 1&#xa0;ميغابايت). انقلوه إلى مكان آخر أو احذفوه، ثم أعيدوا تشغيل التطبيق.</translation>
    </message>
    <message>
        <source>Moving the data folder</source>
        <translation>جارٍ نقل مجلد البيانات</translation>
    </message>
    <message>
        <source>Moving the data folder chosen in Preferences (the database and its backups are copied, then checked)…</source>
        <translation>جارٍ نقل مجلد البيانات المختار في التفضيلات (تُنسخ قاعدة البيانات ونسخها الاحتياطية ثم يُتحقق منها)…</translation>
    </message>
    <message>
        <source>Upgrading the database</source>
        <translation>جارٍ ترقية قاعدة البيانات</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of the application (a backup of it is taken first)…</source>
        <translation>جارٍ ترقية قاعدة البيانات لتلائم هذا الإصدار من التطبيق (بعد أخذ نسخة احتياطية منها)…</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>لا يمكن استخدام مجلد البيانات</translation>
    </message>
</context>
</TS>
