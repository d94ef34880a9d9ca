<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Generated from resources/i18n/window.ru.yaml by tools/translations.py release: edit the catalogue, not this file. -->
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>user interface</source>
        <translation>интерфейс пользователя</translation>
    </message>
    <message>
        <source>language runtime</source>
        <translation>среда выполнения языка программирования</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>PDF reports</source>
        <translation>доклады в&#xa0;формате PDF</translation>
    </message>
    <message>
        <source>report templates</source>
        <translation>шаблоны докладов</translation>
    </message>
    <message>
        <source>Excel workbooks (writing)</source>
        <translation>рабочие книги Excel (запись)</translation>
    </message>
    <message>
        <source>report charts</source>
        <translation>диаграммы докладов</translation>
    </message>
    <message>
        <source>questionnaire files</source>
        <translation>файлы вопросника</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>папка данных</translation>
    </message>
    <message>
        <source>dates and numbers in the application&apos;s languages (%1)</source>
        <translation>даты и&#xa0;числа на языках приложения (%1)</translation>
    </message>
    <message>
        <source>country and region names and codes in the six official UN languages, currencies, LDC, LLDC and SIDS lists (resources/data/m49.SOURCE.md)</source>
        <translation>названия и&#xa0;коды стран и&#xa0;регионов на шести официальных языках ООН, валюты, списки НРС, РСНВМ и&#xa0;МОРАГ (resources/data/m49.SOURCE.md)</translation>
    </message>
    <message>
        <source>the report&apos;s font</source>
        <translation>шрифт доклада</translation>
    </message>
    <message>
        <source>Arabic, Chinese, Japanese and Korean in the reports and the window</source>
        <translation>арабский, китайский, японский и&#xa0;корейский языки в&#xa0;докладах и&#xa0;в&#xa0;окне приложения</translation>
    </message>
    <message>
        <source>%1: translation reviewed by %2, %3</source>
        <translation>%1: перевод проверен:&#xa0;%2,&#xa0;%3</translation>
    </message>
    <message>
        <source>%1: a first translation, to be reviewed by a United Nations translator</source>
        <translation>%1: первый перевод, еще не проверенный переводчиком Организации Объединенных Наций</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О&#xa0;программе</translation>
    </message>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>Оценка потенциала в&#xa0;области данных о&#xa0;миграции</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>Версия&#xa0;%s</translation>
    </message>
    <message>
        <source>Questionnaire version %s</source>
        <translation>Версия вопросника&#xa0;%s</translation>
    </message>
    <message>
        <source>Data folder: %s</source>
        <translation>Папка данных:&#xa0;%s</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>База данных:&#xa0;%s</translation>
    </message>
    <message>
        <source>Built on the UNSD toolkit to assess national migration data capacity (2018). Works offline: it never uses the network.</source>
        <translation>Разработано на основе инструментария Статистического отдела ООН для оценки национального потенциала в&#xa0;области данных о&#xa0;миграции (2018&#xa0;год). Работает автономно: сеть никогда не используется.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>What the application ships, and under which licence</source>
        <translation>Что входит в&#xa0;состав приложения и&#xa0;на условиях каких лицензий</translation>
    </message>
</context>
<context>
    <name>AchievedDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>What the earlier plan achieved</source>
        <translation>Что дал предыдущий план</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The earlier plan&apos;s actions and the gaps they targeted</source>
        <translation>Меры предыдущего плана и пробелы, на устранение которых они были направлены</translation>
    </message>
    <message>
        <source>The plan of round %1: each action&apos;s outcome, and under it the gaps it targeted, their gap then and now (0 none, 3 the largest).</source>
        <translation>План цикла %1: результат каждой меры, а под ним — пробелы, на устранение которых она была направлена, и их величина тогда и сейчас (0 — пробела нет, 3 — наибольший пробел).</translation>
    </message>
    <message>
        <source>no progress report</source>
        <translation>отчета о ходе выполнения нет</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>без оценки</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>action %s</source>
        <translation>мера&#xa0;%s</translation>
    </message>
    <message>
        <source>removing action %s</source>
        <translation>удаление меры&#xa0;%s</translation>
    </message>
    <message>
        <source>new action %s</source>
        <translation>новая мера&#xa0;%s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation>&amp;Бюджет…</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Новая мера</translation>
    </message>
    <message>
        <source>Add an action by hand (Insert in the table)</source>
        <translation>Добавить меру вручную (Insert в&#xa0;таблице)</translation>
    </message>
    <message>
        <source>Draft from &amp;recommendations</source>
        <translation>Составить по &amp;рекомендациям</translation>
    </message>
    <message>
        <source>Add an action for each recommendation of the scoring that the plan does not have yet</source>
        <translation>Добавить меру по каждой рекомендации системы оценки, которой еще нет в&#xa0;плане</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up in the table</source>
        <translation>Ctrl+Shift+Up в&#xa0;таблице</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down in the table</source>
        <translation>Ctrl+Shift+Down в&#xa0;таблице</translation>
    </message>
    <message>
        <source>Responsible institutions:</source>
        <translation>Ответственные учреждения:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Resources or technical assistance:</source>
        <translation>Ресурсы или техническая помощь:</translation>
    </message>
    <message>
        <source>Milestone or indicator of success:</source>
        <translation>Контрольная точка или показатель успеха:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Policy questions:</source>
        <translation>Вопросы миграционной политики:</translation>
    </message>
    <message>
        <source>National strategy ob&amp;jective (NSDS):</source>
        <translation>&amp;Цель национальной стратегии (НСРС):</translation>
    </message>
    <message>
        <source>Cost lines:</source>
        <translation>Статьи расходов:</translation>
    </message>
    <message>
        <source>A quarter (%1) or a date (%2)</source>
        <translation>Квартал (%1) или дата (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>What the country will do about the gaps: who owns each action, by when, at what cost and funded by whom. Draft the actions from the recommendations, tick the few priority actions, cost them, then record the government&apos;s validation. Every change is saved at once; Ctrl+Z undoes it.</source>
        <translation>Что страна будет делать для устранения пробелов: кто отвечает за каждую меру, в&#xa0;какие сроки, какова ее стоимость и&#xa0;кто ее финансирует. Составьте меры по рекомендациям, отметьте несколько ключевых мер, определите их стоимость, а&#xa0;затем зарегистрируйте одобрение плана. Каждое изменение сохраняется сразу; Ctrl+Z отменяет его.</translation>
    </message>
    <message>
        <source>Currenc&amp;y…</source>
        <translation>Валю&amp;та…</translation>
    </message>
    <message>
        <source>Re&amp;sults chain…</source>
        <translation>Цепо&amp;чка результатов…</translation>
    </message>
    <message>
        <source>Fund&amp;ing request…</source>
        <translation>З&amp;апрос о финансировании…</translation>
    </message>
    <message>
        <source>Funding request f&amp;or a partner…</source>
        <translation>Запрос о финансировании &amp;для партнера…</translation>
    </message>
    <message>
        <source>The plan&apos;s currency and its exchange rates to the US dollar</source>
        <translation>Валюта плана и&#xa0;ее обменные курсы к&#xa0;доллару США</translation>
    </message>
    <message>
        <source>The cost by year, institution and funding source, and the financing gap</source>
        <translation>Стоимость по годам, учреждениям и&#xa0;источникам финансирования и&#xa0;дефицит финансирования</translation>
    </message>
    <message>
        <source>What the previous round&apos;s plan achieved, beside the gaps it targeted and their scores now</source>
        <translation>Что дал план предыдущего цикла в сопоставлении с пробелами, на устранение которых он был направлен, и их текущими оценками</translation>
    </message>
    <message>
        <source>The plan followed after its funding: each action&apos;s status, reason and money per reporting period (never amends the validated plan)</source>
        <translation>Контроль выполнения плана после его финансирования: статус, причина и средства по каждой мере за отчетный период (одобренный план не изменяется)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>A cost line: year, amount, funding source (Insert in the list)</source>
        <translation>Статья расходов: год, сумма, источник финансирования (Insert в&#xa0;списке)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected cost line (Enter in the list)</source>
        <translation>Изменить выбранную статью расходов (Enter в&#xa0;списке)</translation>
    </message>
    <message>
        <source>Remove the selected cost line (Delete in the list)</source>
        <translation>Удалить выбранную статью расходов (Delete в&#xa0;списке)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Обеспечено</translation>
    </message>
    <message>
        <source>Cost lines of the action</source>
        <translation>Статьи расходов по мере</translation>
    </message>
    <message>
        <source>Priority action (plan at a glance)</source>
        <translation>Ключевая мера (план в&#xa0;кратком изложении)</translation>
    </message>
    <message>
        <source>One of the few actions the government chose: at most %d, shown on the report&apos;s one-page plan at a glance</source>
        <translation>Одна из немногих мер, выбранных правительством: не более&#xa0;%d; приводится в&#xa0;одностраничном кратком изложении плана в&#xa0;докладе</translation>
    </message>
    <message>
        <source>e.g. NSDS 2025-2029, objective 3.2</source>
        <translation>например, НСРС на 2025–2029&#xa0;годы, цель 3.2</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete in the table)</source>
        <translation>Удалить выбранную меру (Delete в&#xa0;таблице)</translation>
    </message>
    <message>
        <source>Attach do&amp;cument…</source>
        <translation>Приложить до&amp;кумент…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>Меры плана</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <source>Results framework: indicator:</source>
        <translation>Система оценки результатов: показатель:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Исходный уровень:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Целевое значение:</translation>
    </message>
    <message>
        <source>Means of verification:</source>
        <translation>Средства проверки:</translation>
    </message>
    <message>
        <source>Risks and assumptions:</source>
        <translation>Риски и допущения:</translation>
    </message>
    <message>
        <source>SDG target:</source>
        <translation>Задача ЦУР:</translation>
    </message>
    <message>
        <source>e.g. 17.18</source>
        <translation>например, 17.18</translation>
    </message>
    <message>
        <source>The SDG target the action serves: goal, a point, the target&apos;s number or letter</source>
        <translation>Задача ЦУР, которой служит мера: номер цели, точка, номер или буква задачи</translation>
    </message>
    <message>
        <source>The indicator&apos;s value now, with its year</source>
        <translation>Текущее значение показателя с указанием года</translation>
    </message>
    <message>
        <source>The value to reach, with its year</source>
        <translation>Значение, которое нужно достичь, с указанием года</translation>
    </message>
    <message>
        <source>end:</source>
        <translation>окончание:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>По одному учреждению в&#xa0;строке</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Letters, e.g. A, C</source>
        <translation>Буквы, например A, C</translation>
    </message>
    <message>
        <source>No actions yet: draft them from the recommendations, or add one.</source>
        <translation>Мер пока нет: составьте их по рекомендациям или добавьте вручную.</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>&amp;Ход выполнения…</translation>
    </message>
    <message>
        <source>Earlier p&amp;lan…</source>
        <translation>Пре&amp;жний план…</translation>
    </message>
    <message>
        <source>Add from the assessment:</source>
        <translation>Добавить из оценки:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Зависит от:</translation>
    </message>
    <message>
        <source>(choose an institution)</source>
        <translation>(выберите учреждение)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ответственный не назначен)</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>что нужно сделать</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>ответственные учреждения</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>сроки</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>results framework</source>
        <translation>рамка результатов</translation>
    </message>
    <message>
        <source>risks and assumptions</source>
        <translation>риски и допущения</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>задача ЦУР</translation>
    </message>
    <message>
        <source>dependencies on other actions</source>
        <translation>зависимость от других мер</translation>
    </message>
    <message>
        <source>cost categories</source>
        <translation>категории расходов</translation>
    </message>
    <message>
        <source>cost bases</source>
        <translation>основа расчета расходов</translation>
    </message>
    <message>
        <source>sustainability</source>
        <translation>устойчивость</translation>
    </message>
    <message>
        <source>Added after the validation</source>
        <translation>Добавлена после одобрения</translation>
    </message>
    <message>
        <source>Changed after the validation: %s</source>
        <translation>Изменения после одобрения:&#xa0;%s</translation>
    </message>
    <message>
        <source>Proposed plan: not validated yet. When the government has approved it, record the validation.</source>
        <translation>Предложенный план: еще не одобрен. Когда план будет одобрен, зарегистрируйте одобрение.</translation>
    </message>
    <message>
        <source>Validated on %1 (%2), approved by %3, %4.</source>
        <translation>Одобрен&#xa0;%1 (%2); подписан:&#xa0;%3,&#xa0;%4.</translation>
    </message>
    <message>
        <source>Changed since (✎): %s.</source>
        <translation>Изменения после одобрения (✎):&#xa0;%s.</translation>
    </message>
    <message>
        <source>Priority actions: %1 of at most %2.</source>
        <translation>Ключевые меры:&#xa0;%1 (не более&#xa0;%2).</translation>
    </message>
    <message>
        <source>V&amp;alidation…</source>
        <translation>&amp;Одобрение…</translation>
    </message>
    <message>
        <source>Record the v&amp;alidation…</source>
        <translation>Зарегистрировать &amp;одобрение…</translation>
    </message>
    <message>
        <source>Date, event, institutions present, approved by (name and position)</source>
        <translation>Дата, мероприятие, присутствовавшие учреждения, подписавшее лицо (имя и&#xa0;должность)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Plan currency: %s.</source>
        <translation>Валюта плана:&#xa0;%s.</translation>
    </message>
    <message>
        <source>Drafted from the recommendation %s.</source>
        <translation>Составлено по рекомендации&#xa0;%s.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Добавлено вручную.</translation>
    </message>
    <message>
        <source>Not a quarter or a date: “%1”. Type, for example, %2 or %3.</source>
        <translation>Не квартал и не дата: «%1». Введите, например, %2 или %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новая мера</translation>
    </message>
    <message>
        <source>Every recommendation of the scoring is already in the plan.</source>
        <translation>Все рекомендации системы оценки уже включены в&#xa0;план.</translation>
    </message>
    <message numerus="yes">
        <source>drafting %n action(s)</source>
        <translation>
            <numerusform>составляется&#xa0;%n мера</numerusform>
            <numerusform>составляются&#xa0;%n меры</numerusform>
            <numerusform>составляется&#xa0;%n мер</numerusform>
        </translation>
    </message>
    <message>
        <source>moving action %s</source>
        <translation>перемещение меры&#xa0;%s</translation>
    </message>
    <message>
        <source>The overall objective, the outcomes, their indicators with yearly targets, and the outcome each action serves</source>
        <translation>Общая цель, конечные результаты, их показатели с ежегодными целевыми значениями и конечный результат, которому служит каждая мера</translation>
    </message>
    <message>
        <source>Who commits the national budget&apos;s part and who signs the request</source>
        <translation>Кто берет на себя обязательство по доле государственного бюджета и кто подписывает запрос</translation>
    </message>
    <message>
        <source>The funding request for one development partner, as PDF or Word</source>
        <translation>Запрос о финансировании, направляемый одному партнеру по развитию, в формате PDF или Word</translation>
    </message>
</context>
<context>
    <name>AggregationDialog</name>
    <message>
        <source>Aggregate country workbooks</source>
        <translation>Агрегирование рабочих книг стран</translation>
    </message>
    <message>
        <source>Drop exported workbooks or folders here, or add them:</source>
        <translation>Перетащите сюда экспортированные рабочие книги или папки либо добавьте их:</translation>
    </message>
    <message>
        <source>Workbooks and folders to aggregate</source>
        <translation>Рабочие книги и&#xa0;папки для агрегирования</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>&amp;Проверить файлы</translation>
    </message>
    <message>
        <source>Read the files without writing anything: which would be rejected, superseded or in conflict, and why</source>
        <translation>Прочитать файлы, ничего не записывая: какие из них будут отклонены, заменены более поздними или окажутся в&#xa0;конфликте, и&#xa0;почему</translation>
    </message>
    <message>
        <source>Files not used, with the reason</source>
        <translation>Неиспользованные файлы с&#xa0;указанием причины</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>the latest round of each country</source>
        <translation>последний цикл по каждой стране</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Цикл:</translation>
    </message>
    <message>
        <source>&amp;Final assessments only (drafts and assessments in progress left out)</source>
        <translation>&amp;Только окончательные оценки (проекты и&#xa0;оценки в&#xa0;работе не учитываются)</translation>
    </message>
    <message>
        <source>the latest year reported (a year, 2026, or a half-year, 2026-H1)</source>
        <translation>последний год, за который есть отчеты (год, 2026, или полугодие, 2026-H1)</translation>
    </message>
    <message>
        <source>Implementation p&amp;eriod:</source>
        <translation>Период &amp;реализации:</translation>
    </message>
    <message>
        <source>UN M49 list (53 countries and areas)</source>
        <translation>Список M49 ООН (53&#xa0;страны и&#xa0;территории)</translation>
    </message>
    <message>
        <source>UN-OHRLLS list</source>
        <translation>Список Канцелярии Высокого представителя ООН по НРС, РСНВМ и&#xa0;МОРАГ</translation>
    </message>
    <message>
        <source>SIDS &amp;list:</source>
        <translation>Список &amp;МОРАГ:</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;Названия на языке:</translation>
    </message>
    <message>
        <source>Also write the &amp;PDF summary (next to the workbook)</source>
        <translation>Также сформировать &amp;сводку в&#xa0;PDF (рядом с&#xa0;рабочей книгой)</translation>
    </message>
    <message>
        <source>Also write the analyst&apos;s files: CSV with a data dictionary, &amp;Stata and SPSS (a folder next to the workbook)</source>
        <translation>Также сформировать файлы для аналитиков: CSV со словарем данных, &amp;Stata и&#xa0;SPSS (в&#xa0;папке рядом с&#xa0;рабочей книгой)</translation>
    </message>
    <message>
        <source>Output workbook</source>
        <translation>Итоговая рабочая книга</translation>
    </message>
    <message>
        <source>aggregate.xlsx</source>
        <translation>aggregate.xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Агрегировать</translation>
    </message>
    <message>
        <source>Checking the workbooks</source>
        <translation>Проверка рабочих книг</translation>
    </message>
    <message>
        <source>The files could not be checked: %1</source>
        <translation>Не удалось проверить файлы:&#xa0;%1</translation>
    </message>
    <message>
        <source>Tick the assessment to use for this country and round</source>
        <translation>Отметьте оценку, которую следует использовать для этой страны и&#xa0;этого цикла</translation>
    </message>
    <message>
        <source>%1 workbooks used, %2 superseded, %3 rejected, %4 in conflict; %5 countries in the roll-ups.</source>
        <translation>Использовано рабочих книг:&#xa0;%1, заменено более поздними:&#xa0;%2, отклонено:&#xa0;%3, в&#xa0;конфликте:&#xa0;%4; стран в&#xa0;сводных данных:&#xa0;%5.</translation>
    </message>
    <message>
        <source>Tick one file of each conflict to use it, then check again or aggregate.</source>
        <translation>Отметьте по одному файлу в&#xa0;каждом конфликте, чтобы использовать его, а&#xa0;затем повторите проверку или выполните агрегирование.</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Рабочие книги</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Рабочие книги (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder of workbooks</source>
        <translation>Папка с&#xa0;рабочими книгами</translation>
    </message>
    <message>
        <source>Add at least one workbook or folder.</source>
        <translation>Добавьте хотя бы одну рабочую книгу или папку.</translation>
    </message>
    <message>
        <source>&amp;Include provisional scores (no band: completeness below 80 % or no valid reference date); the roll-ups say how many</source>
        <translation>&amp;Включить предварительные баллы (без уровня: полнота ниже 80 % или нет действительной отчетной даты); сводные данные указывают их число</translation>
    </message>
    <message>
        <source>Choose where to write the aggregate workbook.</source>
        <translation>Выберите, куда записать агрегированную рабочую книгу.</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <source>answer %s</source>
        <translation>ответ&#xa0;%s</translation>
    </message>
</context>
<context>
    <name>ArchivedDialog</name>
    <message>
        <source>Archived answers</source>
        <translation>Архивные ответы</translation>
    </message>
    <message>
        <source>Answers to questions this questionnaire version no longer asks: kept in the assessment as they were given, exported on the workbook&apos;s Archived answers sheet and printed in the report&apos;s annex. They are not scored.</source>
        <translation>Ответы на вопросы, которых эта версия вопросника больше не задает: хранятся в оценке в том виде, в каком были даны, выгружаются на лист Archived answers рабочей книги и печатаются в приложении к отчету. Баллы за них не начисляются.</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Идентификатор вопроса</translation>
    </message>
    <message>
        <source>Asked in version</source>
        <translation>Задан в версии</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Дата архивирования</translation>
    </message>
    <message>
        <source>Archived answers, in the order archived</source>
        <translation>Архивные ответы в порядке архивирования</translation>
    </message>
    <message>
        <source>No answer is archived: every answer has its question in this questionnaire version.</source>
        <translation>Архивных ответов нет: у каждого ответа есть вопрос в этой версии вопросника.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <source>Details of %1 %2</source>
        <translation>Сведения: %1 %2</translation>
    </message>
    <message>
        <source>empty: made from the country and round</source>
        <translation>пусто: из страны и цикла</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>Цикл (год)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Цикл:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>The mission&apos;s dates and the institutions met are the answers of section S0 (Mission and respondents): correct them there.</source>
        <translation>Даты миссии и опрошенные учреждения&#xa0;— это ответы раздела S0 (Миссия и респонденты): исправляйте их там.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>The assessment&apos;s details typed are not saved.</source>
        <translation>Введенные сведения об оценке не сохранены.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 из %2 знаков</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Сведения сохранены.</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Общая оценка</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Последнее изменение</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <source>Not saved: %s. What you entered is kept here; try again when this is fixed.</source>
        <translation>Не сохранено:&#xa0;%s. Введенные данные остаются здесь; повторите попытку, когда проблема будет устранена.</translation>
    </message>
    <message>
        <source>the database is damaged (it is open read-only): nothing can be changed until the last good backup is restored</source>
        <translation>база данных повреждена (открыта только для чтения): ничего нельзя изменить, пока не восстановлена последняя исправная резервная копия</translation>
    </message>
    <message>
        <source>the database cannot be written (it is open read-only): nothing can be changed</source>
        <translation>в&#xa0;базу данных невозможно записать данные (она открыта только для чтения): ничего изменить нельзя</translation>
    </message>
    <message>
        <source>this assessment was validated for the national statistics office by %1 (%2, %3) on %4: reopen it, with a reason, to change it</source>
        <translation>эта оценка утверждена от имени национального статистического управления (%1, %2, %3, %4); чтобы изменить ее, откройте ее повторно, указав причину</translation>
    </message>
    <message>
        <source>this assessment is final: set its status back to “In progress” to change it</source>
        <translation>оценка имеет статус «Окончательная»; чтобы изменить ее, верните статус «В&#xa0;работе»</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В&#xa0;работе</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Окончательная</translation>
    </message>
    <message>
        <source>Draft: the mission has started; the report is marked DRAFT.</source>
        <translation>Проект: миссия начата; доклад помечается как ПРОЕКТ.</translation>
    </message>
    <message>
        <source>In progress: answers are being collected and checked; the report is marked DRAFT.</source>
        <translation>В&#xa0;работе: ответы собираются и&#xa0;проверяются; доклад помечается как ПРОЕКТ.</translation>
    </message>
    <message>
        <source>Final: the answers, comments, evidence and action plan are read-only until the status is set back to In progress; the report no longer carries the DRAFT mark.</source>
        <translation>Окончательная: ответы, комментарии, подтверждающие материалы и&#xa0;план действий доступны только для чтения, пока статус не будет возвращен на «В&#xa0;работе»; доклад больше не помечается как ПРОЕКТ.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Questions listed</source>
        <translation>Показываемые вопросы</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Все вопросы</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Не проверенные</translation>
    </message>
    <message>
        <source>Follow-up or disputed</source>
        <translation>Для уточнения или оспоренные</translation>
    </message>
    <message>
        <source>Questionnaire navigator</source>
        <translation>Навигатор по вопроснику</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>Вопрос&amp;ы</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Матрица</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Сводная пан&amp;ель</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>П&amp;лан действий</translation>
    </message>
</context>
<context>
    <name>CarriedAssessments</name>
    <message>
        <source>Assessment %1 (%2 %3) stays on questionnaire %4: it could not be carried to %5 here (%6).</source>
        <translation>Оценка %1 (%2 %3) остается на вопроснике %4: перенести ее на вопросник %5 здесь не удалось (%6).</translation>
    </message>
    <message>
        <source>Assessment %1 (%2 %3) moved from questionnaire %4 to %5. Answers to questions %5 no longer asks, archived (kept in the assessment, listed by Edit ▸ Archived answers, exported on its workbook&apos;s Archived answers sheet): %6 (%7).</source>
        <translation>Оценка %1 (%2 %3) переведена с вопросника %4 на вопросник %5. Ответы на вопросы, которых %5 больше не содержит, помещены в архив (хранятся в оценке, показываются в меню «Правка ▸ Архивные ответы», выгружаются на лист Archived answers ее книги): %6 (%7).</translation>
    </message>
    <message>
        <source>Stopped: the assessments not yet moved stay on the earlier questionnaire; the next start of the application moves them.</source>
        <translation>Остановлено: оценки, которые еще не переведены, остаются на прежнем вопроснике; они будут переведены при следующем запуске приложения.</translation>
    </message>
    <message>
        <source>Moving assessments to questionnaire %1</source>
        <translation>Перевод оценок на вопросник %1</translation>
    </message>
    <message>
        <source>Assessments moved to questionnaire %1: %2.</source>
        <translation>Оценки, переведенные на вопросник %1: %2.</translation>
    </message>
    <message>
        <source>Assessments of an earlier questionnaire</source>
        <translation>Оценки по прежнему вопроснику</translation>
    </message>
    <message>
        <source>Archived answers to questions an earlier questionnaire asked are on the workbook&apos;s Archived answers sheet, not among its answers: %1 (%2).</source>
        <translation>Архивные ответы на вопросы прежнего вопросника находятся на листе Archived answers книги, а не среди ее ответов: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Variables this question needs: %s</source>
        <translation>Переменные, необходимые для ответа на этот вопрос:&#xa0;%s</translation>
    </message>
    <message>
        <source>● main source</source>
        <translation>● основной источник</translation>
    </message>
    <message>
        <source>○ supporting source</source>
        <translation>○ вспомогательный источник</translation>
    </message>
    <message>
        <source>not an expected source (may still be used)</source>
        <translation>не относится к&#xa0;ожидаемым источникам (но может использоваться)</translation>
    </message>
    <message>
        <source>Derived level: %s of 3</source>
        <translation>Выведенный уровень:&#xa0;%s из 3</translation>
    </message>
    <message>
        <source>Derived level: shown when scoring is available</source>
        <translation>Выведенный уровень: показывается, когда доступна оценка</translation>
    </message>
    <message>
        <source>Derived level: not yet (answer &apos;exists&apos; first)</source>
        <translation>Выведенный уровень: пока нет (сначала ответьте на вопрос о&#xa0;существовании источника)</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <source>Comment (who said what, caveats, follow-up)</source>
        <translation>Комментарий (кто что сказал, оговорки, дальнейшие действия)</translation>
    </message>
    <message>
        <source>Comment on %s</source>
        <translation>Комментарий к&#xa0;%s</translation>
    </message>
    <message>
        <source>Evidence for %s</source>
        <translation>Подтверждающие материалы к&#xa0;%s</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>Вид подтверждающего материала</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Document title, web address or institution</source>
        <translation>Название документа, веб-адрес или учреждение</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Текст подтверждающего материала</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Добавить подтверждающий материал</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove selected evidence</source>
        <translation>Удалить выбранный подтверждающий материал</translation>
    </message>
    <message>
        <source>“%1” is not added yet: Enter in its field or Add evidence adds it.</source>
        <translation>«%1» еще не добавлено: Enter в&#xa0;его поле или «Добавить подтверждающий материал» добавляет его.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Changes between the two rounds</source>
        <translation>Изменения между двумя циклами</translation>
    </message>
    <message>
        <source>No change between the two rounds.</source>
        <translation>Между двумя циклами изменений нет.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Сравнение циклов</translation>
    </message>
    <message>
        <source>The rounds cannot be compared.</source>
        <translation>Эти циклы невозможно сравнить.</translation>
    </message>
    <message>
        <source>Compare rounds %1 and %2</source>
        <translation>Сравнение циклов&#xa0;%1&#xa0;и&#xa0;%2</translation>
    </message>
    <message>
        <source>Round %1 (reference date %2) → round %3 (reference date %4)</source>
        <translation>Цикл&#xa0;%1 (отчетная дата&#xa0;%2) → цикл&#xa0;%3 (отчетная дата&#xa0;%4)</translation>
    </message>
    <message>
        <source>Both rounds are scored now under the current scoring rules (version %s), so the changes come from the answers only.</source>
        <translation>Оба цикла сейчас оцениваются по действующим правилам оценки (версия&#xa0;%s), поэтому изменения обусловлены только ответами.</translation>
    </message>
    <message>
        <source>Overall score: %1 → %2 (%3)</source>
        <translation>Общая оценка:&#xa0;%1 →&#xa0;%2 (%3)</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Round %s</source>
        <translation>Цикл&#xa0;%s</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Улучшения</translation>
    </message>
    <message>
        <source>Regressions</source>
        <translation>Ухудшения</translation>
    </message>
    <message>
        <source>Section %s</source>
        <translation>Раздел&#xa0;%s</translation>
    </message>
    <message>
        <source>Policy question %s</source>
        <translation>Вопрос миграционной политики&#xa0;%s</translation>
    </message>
    <message>
        <source>availability %1, gap %2</source>
        <translation>наличие данных&#xa0;%1, пробел&#xa0;%2</translation>
    </message>
    <message>
        <source>Matrix %1 × %2</source>
        <translation>Матрица&#xa0;%1 ×&#xa0;%2</translation>
    </message>
    <message>
        <source>level %s</source>
        <translation>уровень&#xa0;%s</translation>
    </message>
    <message>
        <source>Done since round %s: %s</source>
        <translation>Выполнено после цикла&#xa0;%s:&#xa0;%s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Dropped since round %s: %s</source>
        <translation>Отменено после цикла&#xa0;%s:&#xa0;%s</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Late (end passed) since round %s: %s</source>
        <translation>С&#xa0;опозданием (срок окончания прошел) после цикла&#xa0;%s:&#xa0;%s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Cost executed against cost planned, on the lines with spending entered</source>
        <translation>Фактические расходы в&#xa0;сравнении с&#xa0;запланированными по статьям, для которых внесены расходы</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or ISO code</source>
        <translation>Введите название страны или код ISO</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>CrossCountryView</name>
    <message>
        <source>Cross-country view</source>
        <translation>Сопоставление стран</translation>
    </message>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;Открыть папку…</translation>
    </message>
    <message>
        <source>No folder open.</source>
        <translation>Папка не открыта.</translation>
    </message>
    <message>
        <source>Show countries of</source>
        <translation>Показать страны группы</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Countries and the availability of data by policy question</source>
        <translation>Страны и&#xa0;наличие данных по вопросам миграционной политики</translation>
    </message>
    <message>
        <source>Country detail</source>
        <translation>Сведения о&#xa0;стране</translation>
    </message>
    <message>
        <source>Select a country to see its detail.</source>
        <translation>Выберите страну, чтобы увидеть сведения о&#xa0;ней.</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Экспорт &amp;рабочей книги…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в&#xa0;P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Folder of country workbooks</source>
        <translation>Папка с&#xa0;рабочими книгами стран</translation>
    </message>
    <message>
        <source>Reading the workbooks…</source>
        <translation>Чтение рабочих книг…</translation>
    </message>
    <message>
        <source>Reading country workbooks</source>
        <translation>Чтение рабочих книг стран</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Ошибка чтения:&#xa0;%1</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Чтение отменено.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Общая оценка</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>Использовать с&#xa0;осторожностью</translation>
    </message>
    <message>
        <source>edited after export</source>
        <translation>изменено после экспорта</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в&#xa0;работе</translation>
    </message>
    <message>
        <source>%1 countries; %2 workbooks used, %3 superseded, %4 rejected, %5 in conflict.</source>
        <translation>Стран:&#xa0;%1; использовано рабочих книг:&#xa0;%2, заменено более поздними:&#xa0;%3, отклонено:&#xa0;%4, в&#xa0;конфликте:&#xa0;%5.</translation>
    </message>
    <message>
        <source>%1 edited after export (scores recomputed).</source>
        <translation>Изменено после экспорта:&#xa0;%1 (оценки пересчитаны).</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>%1 (%2), round %3</source>
        <translation>%1 (%2), цикл&#xa0;%3</translation>
    </message>
    <message>
        <source>Overall: %1 (%2)</source>
        <translation>Общая оценка:&#xa0;%1 (%2)</translation>
    </message>
    <message>
        <source>Change since the previous round: %1</source>
        <translation>Изменение по сравнению с&#xa0;предыдущим циклом:&#xa0;%1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>%1 not final (draft or in progress).</source>
        <translation>Не окончательные (проект или в&#xa0;работе):&#xa0;%1.</translation>
    </message>
    <message>
        <source>Left out of every figure (fictional or training codes): %1.</source>
        <translation>Не учитываются ни в&#xa0;одном показателе (вымышленные или учебные коды):&#xa0;%1.</translation>
    </message>
    <message>
        <source>Conflicting assessments are left out; choose one in File ▸ Aggregate workbooks…</source>
        <translation>Конфликтующие оценки не учитываются; выберите одну из них в&#xa0;меню Файл ▸ Агрегирование рабочих книг…</translation>
    </message>
    <message>
        <source>Read with care: %1</source>
        <translation>Использовать с&#xa0;осторожностью:&#xa0;%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл:&#xa0;%1</translation>
    </message>
    <message>
        <source>Policy question: need / availability / gap / priority, gap type</source>
        <translation>Вопрос миграционной политики: потребность / наличие данных / пробел / приоритет, тип пробела</translation>
    </message>
    <message>
        <source>Consolidated workbook</source>
        <translation>Сводная рабочая книга</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Рабочие книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cross-country PDF summary</source>
        <translation>Сводка по странам в&#xa0;формате PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Writing the cross-country export</source>
        <translation>Запись данных сопоставления стран</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано:&#xa0;%1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта:&#xa0;%1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменен.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Overall score</source>
        <translation>Общая оценка</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Section scores (0–100)</source>
        <translation>Оценки по разделам (0–100)</translation>
    </message>
    <message>
        <source>Policy questions A–O: need, availability and gap (0–3)</source>
        <translation>Вопросы миграционной политики A–O: потребность, наличие данных и&#xa0;пробел (0–3)</translation>
    </message>
    <message>
        <source>Ranked gaps and recommended actions</source>
        <translation>Пробелы по степени приоритета и&#xa0;рекомендуемые меры</translation>
    </message>
    <message>
        <source>Answers to follow up (Enter opens)</source>
        <translation>Ответы для дальнейшей проработки (Enter&#xa0;— открыть)</translation>
    </message>
    <message>
        <source>Answers “not applicable”, with their reasons</source>
        <translation>Ответы «не применимо» с указанием причин</translation>
    </message>
    <message>
        <source>Scores are not available</source>
        <translation>Оценки недоступны</translation>
    </message>
    <message>
        <source>The scoring module is not installed in this version.</source>
        <translation>Модуль оценки не установлен в&#xa0;этой версии.</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>предварительная</translation>
    </message>
    <message>
        <source>Completion %1 · reference date %2 · scoring rules %3</source>
        <translation>Полнота&#xa0;%1 · отчетная дата&#xa0;%2 · правила оценки&#xa0;%3</translation>
    </message>
    <message>
        <source>With the weights set for this assessment: %1 out of 100 (%2); the band uses the documented weights.</source>
        <translation>С весами, установленными для данной оценки: %1 из 100 (%2); уровень определяется по документированным весам.</translation>
    </message>
    <message>
        <source>No answer was recorded as “not applicable”.</source>
        <translation>Ни один ответ не записан как «не применимо».</translation>
    </message>
    <message>
        <source>“Not applicable” is accepted only where the questionnaire allows it, for the reason it states; the respondents&apos; own words follow in italics. It never raises a score.</source>
        <translation>Ответ «не применимо» принимается только там, где его допускает вопросник, и по указанной в нем причине; собственные пояснения респондентов приводятся курсивом. Такой ответ никогда не повышает оценку.</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>приоритет&#xa0;%1</translation>
    </message>
    <message>
        <source>quick win</source>
        <translation>быстрый результат</translation>
    </message>
    <message>
        <source>No answers yet: gaps appear here as the policy questions and the matrix (S3) are answered.</source>
        <translation>Ответов пока нет: пробелы появятся здесь по мере ответов на вопросы миграционной политики и&#xa0;заполнения матрицы (S3).</translation>
    </message>
    <message>
        <source>No gap can be stated yet: the matrix (S3) has no answer.</source>
        <translation>Определить пробелы пока невозможно: в&#xa0;матрице (S3) нет ответов.</translation>
    </message>
    <message>
        <source>No gap between needs and availability.</source>
        <translation>Пробелов между потребностями и&#xa0;наличием данных нет.</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Рекомендуемые меры</translation>
    </message>
    <message>
        <source>Review: no answer to review yet</source>
        <translation>Проверка: ответов для проверки пока нет</translation>
    </message>
    <message>
        <source>Review: %1 of %2 answers validated</source>
        <translation>Проверка ответов: подтверждено %1 из&#xa0;%2</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>требуют уточнения: %1</translation>
    </message>
    <message>
        <source>disputed: %1</source>
        <translation>оспорены: %1</translation>
    </message>
    <message>
        <source>not reviewed: %1</source>
        <translation>не проверены: %1</translation>
    </message>
    <message>
        <source>Round %1: %2 %3 (grey numbers and ticks on the bars)</source>
        <translation>Цикл&#xa0;%1:&#xa0;%2&#xa0;%3 (серые числа и&#xa0;отметки на столбцах)</translation>
    </message>
    <message>
        <source>C&amp;ompare with round %s…</source>
        <translation>Сравнить с&#xa0;&amp;циклом&#xa0;%s…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or %s</source>
        <translation>ГГГГ-ММ-ДД или&#xa0;%s</translation>
    </message>
    <message>
        <source>Type a date as 2026-05-15 or %s; F4 opens the calendar.</source>
        <translation>Введите дату в&#xa0;виде 2026-05-15&#xa0;или&#xa0;%s; F4 открывает календарь.</translation>
    </message>
    <message>
        <source>Open the calendar (F4)</source>
        <translation>Открыть календарь (F4)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Открыть календарь</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2026-05-15 or %2.</source>
        <translation>«%1» не является датой: введите ее в&#xa0;виде 2026-05-15&#xa0;или&#xa0;%2.</translation>
    </message>
    <message>
        <source>Give a date between %1 and %2.</source>
        <translation>Укажите дату в&#xa0;диапазоне от&#xa0;%1&#xa0;до&#xa0;%2.</translation>
    </message>
</context>
<context>
    <name>DependsList</name>
    <message>
        <source>No other action in the plan yet.</source>
        <translation>В плане пока нет других мер.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents attached to %s</source>
        <translation>Документы, приложенные к&#xa0;%s</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Приложить документ…</translation>
    </message>
    <message>
        <source>Keep a file with this answer as evidence (PDF, office documents, tables, images; at most %1 MB)</source>
        <translation>Сохранить файл вместе с этим ответом в качестве подтверждающего материала (PDF, офисные документы, таблицы, изображения; не более %1 МБ)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Открыть выбранный документ</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Убрать документ</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Убрать выбранный документ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Приложить документ</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Документы (%1)</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>На этом компьютере нет программы, которая открывает %1.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Save what is entered here again</source>
        <translation>Снова сохранить введенные здесь данные</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <source>Don&apos;t know: %s</source>
        <translation>Не знаю:&#xa0;%s</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Not applicable: %s</source>
        <translation>Не применимо:&#xa0;%s</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <source>question text, item id or comment</source>
        <translation>текст вопроса, идентификатор элемента или комментарий</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>Поиск в&#xa0;вопросах, идентификаторах и&#xa0;комментариях</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Найдено:&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1&#xa0;из&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>FollowUpTree</name>
    <message>
        <source>Answers to follow up: don&apos;t know, then not answered yet, by section</source>
        <translation>Ответы для дальнейшей проработки: «не знаю», затем еще не данные ответы, по разделам</translation>
    </message>
    <message>
        <source>Nothing to follow up: no &quot;don&apos;t know&quot; answer and nothing left blank.</source>
        <translation>Дальнейшая проработка не требуется: ответов «не знаю» и&#xa0;незаполненных полей нет.</translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answer</source>
        <translation>
            <numerusform>Оспорено при проверке:&#xa0;%n ответ</numerusform>
            <numerusform>Оспорено при проверке:&#xa0;%n ответа</numerusform>
            <numerusform>Оспорено при проверке:&#xa0;%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answers</source>
        <translation>
            <numerusform>Оспорено при проверке:&#xa0;%n ответ</numerusform>
            <numerusform>Оспорено при проверке:&#xa0;%n ответа</numerusform>
            <numerusform>Оспорено при проверке:&#xa0;%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answer</source>
        <translation>
            <numerusform>Требуют уточнения (проверка):&#xa0;%n ответ</numerusform>
            <numerusform>Требуют уточнения (проверка):&#xa0;%n ответа</numerusform>
            <numerusform>Требуют уточнения (проверка):&#xa0;%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answers</source>
        <translation>
            <numerusform>Требуют уточнения (проверка):&#xa0;%n ответ</numerusform>
            <numerusform>Требуют уточнения (проверка):&#xa0;%n ответа</numerusform>
            <numerusform>Требуют уточнения (проверка):&#xa0;%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answer to follow up</source>
        <translation>
            <numerusform>Не знаю:&#xa0;%n ответ для дальнейшей проработки</numerusform>
            <numerusform>Не знаю:&#xa0;%n ответа для дальнейшей проработки</numerusform>
            <numerusform>Не знаю:&#xa0;%n ответов для дальнейшей проработки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answers to follow up</source>
        <translation>
            <numerusform>Не знаю:&#xa0;%n ответ для дальнейшей проработки</numerusform>
            <numerusform>Не знаю:&#xa0;%n ответа для дальнейшей проработки</numerusform>
            <numerusform>Не знаю:&#xa0;%n ответов для дальнейшей проработки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n item</source>
        <translation>
            <numerusform>Ответ еще не дан:&#xa0;%n элемент</numerusform>
            <numerusform>Ответ еще не дан:&#xa0;%n элемента</numerusform>
            <numerusform>Ответ еще не дан:&#xa0;%n элементов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n items</source>
        <translation>
            <numerusform>Ответ еще не дан:&#xa0;%n элемент</numerusform>
            <numerusform>Ответ еще не дан:&#xa0;%n элемента</numerusform>
            <numerusform>Ответ еще не дан:&#xa0;%n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1&#xa0;%2 (%3)</translation>
    </message>
</context>
<context>
    <name>FundingRequestDialog</name>
    <message>
        <source>Government</source>
        <translation>Правительство</translation>
    </message>
    <message>
        <source>Ministry of Finance</source>
        <translation>Министерство финансов</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>Партнер по развитию</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Запрос</translation>
    </message>
    <message>
        <source>National part &amp;committed by:</source>
        <translation>Обязательство по национальной доле &amp;принимает:</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Подписывающие лица</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>Подписывает от имени</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>&amp;Add signatory</source>
        <translation>&amp;Добавить подписывающее лицо</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Отме&amp;на</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>Запрос о финансировании</translation>
    </message>
    <message>
        <source>R&amp;isks</source>
        <translation>&amp;Риски</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>Показ&amp;атели</translation>
    </message>
    <message>
        <source>&amp;Procurement</source>
        <translation>Зак&amp;упки</translation>
    </message>
    <message>
        <source>The funding request typed is not saved.</source>
        <translation>Введенный запрос о финансировании не сохранен.</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>don&apos;t know</source>
        <translation>не знаю</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/п</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <source>This cell is not asked: an earlier answer in its row (for example “Available: no”) leaves it out.</source>
        <translation>Эта ячейка не заполняется: ее исключает один из предыдущих ответов в&#xa0;той же строке (например, «Имеются: нет»).</translation>
    </message>
    <message>
        <source>Cell %s</source>
        <translation>Ячейка&#xa0;%s</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>The help page could not be read: %s</source>
        <translation>Не удалось прочитать страницу справки:&#xa0;%s</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the answer</source>
        <translation>История ответа</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Versions of the answer, newest first</source>
        <translation>Версии ответа, сначала новые</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Изменений пока не записано.</translation>
    </message>
    <message>
        <source>&amp;Restore this value</source>
        <translation>&amp;Восстановить это значение</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>неизвестное лицо</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новая…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>Следующий &amp;цикл…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>&amp;Удалить в&#xa0;корзину</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Импорт рабочей книги…</translation>
    </message>
    <message>
        <source>Show t&amp;rash</source>
        <translation>Показать &amp;корзину</translation>
    </message>
    <message>
        <source>The trash is empty: an assessment moved to the trash can be restored from here.</source>
        <translation>Корзина пуста: оценку, удаленную в&#xa0;корзину, можно восстановить отсюда.</translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessment; restore it to work on it again.</source>
        <translation>
            <numerusform>Корзина:&#xa0;%n оценка; восстановите ее, чтобы снова с&#xa0;ней работать.</numerusform>
            <numerusform>Корзина:&#xa0;%n оценки; восстановите нужную, чтобы снова с&#xa0;ней работать.</numerusform>
            <numerusform>Корзина:&#xa0;%n оценок; восстановите нужную, чтобы снова с&#xa0;ней работать.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessments; restore one to work on it again.</source>
        <translation>
            <numerusform>Корзина:&#xa0;%n оценка; восстановите ее, чтобы снова с&#xa0;ней работать.</numerusform>
            <numerusform>Корзина:&#xa0;%n оценки; восстановите нужную, чтобы снова с&#xa0;ней работать.</numerusform>
            <numerusform>Корзина:&#xa0;%n оценок; восстановите нужную, чтобы снова с&#xa0;ней работать.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment yet. Press Ctrl+N (New…) to create the first one, or Ctrl+I to import a workbook a colleague sent.</source>
        <translation>Оценок пока нет. Нажмите Ctrl+N («Новая…»), чтобы создать первую, или Ctrl+I, чтобы импортировать рабочую книгу, присланную коллегой.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment. Enter or double-click opens it.</source>
        <translation>
            <numerusform>%n оценка. Enter или двойной щелчок открывает ее.</numerusform>
            <numerusform>%n оценки. Enter или двойной щелчок открывает выбранную.</numerusform>
            <numerusform>%n оценок. Enter или двойной щелчок открывает выбранную.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessments. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n оценка. Enter или двойной щелчок открывает ее.</numerusform>
            <numerusform>%n оценки. Enter или двойной щелчок открывает выбранную.</numerusform>
            <numerusform>%n оценок. Enter или двойной щелчок открывает выбранную.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>Вернуться к&#xa0;&amp;списку</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %s</source>
        <translation>Импорт&#xa0;%s</translation>
    </message>
    <message>
        <source>A new assessment: %1 %2, %3 answers.</source>
        <translation>Новая оценка:&#xa0;%1&#xa0;%2, ответов:&#xa0;%3.</translation>
    </message>
    <message>
        <source>Updates the existing assessment %1 %2 (id %3).</source>
        <translation>Обновляет существующую оценку&#xa0;%1&#xa0;%2 (идентификатор&#xa0;%3).</translation>
    </message>
    <message>
        <source>This assessment is final (read-only). Importing reopens it: its status is set back to “In progress”.</source>
        <translation>Эта оценка окончательная (только для чтения). Импорт снова откроет ее: ей будет возвращен статус «В&#xa0;работе».</translation>
    </message>
    <message>
        <source>Cells of the workbook edited outside the application: %1 (marked below).</source>
        <translation>Ячейки рабочей книги, измененные вне приложения:&#xa0;%1 (отмечены ниже).</translation>
    </message>
    <message>
        <source>Warning: %s</source>
        <translation>Предупреждение:&#xa0;%s</translation>
    </message>
    <message>
        <source>Answers changed here since this workbook was exported: %1. They are kept as they are here unless you tick their box in the column “In the workbook”.</source>
        <translation>Ответы, измененные здесь после экспорта этой рабочей книги:&#xa0;%1. Они сохраняются в&#xa0;том виде, в&#xa0;каком они есть здесь, если вы не отметите их в&#xa0;столбце «В&#xa0;рабочей книге».</translation>
    </message>
    <message>
        <source>&amp;Keep ours for all conflicts</source>
        <translation>&amp;Сохранить наши значения для всех конфликтов</translation>
    </message>
    <message>
        <source>Take &amp;theirs for all conflicts</source>
        <translation>&amp;Принять их значения для всех конфликтов</translation>
    </message>
    <message>
        <source>&amp;Keep all newer answers</source>
        <translation>&amp;Сохранить все более новые ответы</translation>
    </message>
    <message>
        <source>Use the &amp;workbook&apos;s values for all</source>
        <translation>Использовать для всех значения из &amp;рабочей книги</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Изменения, которые внесет импорт</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>В&#xa0;этой базе данных</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>В&#xa0;рабочей книге</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>No change: the workbook matches this database.</source>
        <translation>Изменений нет: рабочая книга совпадает с&#xa0;этой базой данных.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Reopen and import</source>
        <translation>Открыть снова и&#xa0;импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation>Сведения об оценке</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>неизвестное лицо</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <source>conflict: changed here and in the workbook since the common version</source>
        <translation>конфликт: изменено и здесь, и в&#xa0;рабочей книге после общей версии</translation>
    </message>
    <message>
        <source>changed here since this workbook was exported (%s)</source>
        <translation>изменено здесь после экспорта этой рабочей книги (%s)</translation>
    </message>
    <message>
        <source>Answers changed both here and in the workbook since the common version (conflicts): %1. Under each value, who changed it and when. Each is kept as it is here unless you tick its box in the column “In the workbook”.</source>
        <translation>Ответы, измененные и здесь, и в&#xa0;рабочей книге после общей версии (конфликты):&#xa0;%1. Под каждым значением указано, кто и когда его изменил. Каждый из них сохраняется в&#xa0;том виде, в&#xa0;каком он есть здесь, если вы не отметите его в&#xa0;столбце «В&#xa0;рабочей книге».</translation>
    </message>
    <message>
        <source>Keep &amp;both for all comment and evidence conflicts</source>
        <translation>Сохранить &amp;оба варианта во всех конфликтах комментариев и подтверждений</translation>
    </message>
    <message>
        <source>Keep both (merged, each with its author and time)</source>
        <translation>Сохранить оба (объединить, каждый с автором и временем)</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>автор изменения: %1</translation>
    </message>
    <message>
        <source>edited outside the application</source>
        <translation>изменено вне приложения</translation>
    </message>
    <message>
        <source>The assessment is in the trash: importing restores it.</source>
        <translation>Оценка находится в&#xa0;корзине: импорт восстановит ее.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>подтверждающие материалы</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Order of the actions</source>
        <translation>Порядок мер</translation>
    </message>
    <message>
        <source>Currency and exchange rates of the plan</source>
        <translation>Валюта и&#xa0;обменные курсы плана</translation>
    </message>
    <message>
        <source>Validation of the plan</source>
        <translation>Одобрение плана</translation>
    </message>
    <message>
        <source>Archived answers the import adds (questions this questionnaire version no longer asks): %1 (listed below).</source>
        <translation>Архивные ответы, которые добавит импорт (вопросы, которые эта версия вопросника больше не задает): %1 (перечислены ниже).</translation>
    </message>
    <message>
        <source>Archived answers</source>
        <translation>Архивные ответы</translation>
    </message>
    <message>
        <source>archived answer, asked by questionnaire version %1</source>
        <translation>архивный ответ на вопрос версии вопросника %1</translation>
    </message>
    <message>
        <source>archived answer (the version that asked it is not recorded)</source>
        <translation>архивный ответ (версия, в которой задавался вопрос, не записана)</translation>
    </message>
    <message>
        <source>(not validated)</source>
        <translation>(не одобрен)</translation>
    </message>
    <message>
        <source>New action: %s</source>
        <translation>Новая мера:&#xa0;%s</translation>
    </message>
    <message>
        <source>Action removed: %s</source>
        <translation>Мера удалена:&#xa0;%s</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>policy questions</source>
        <translation>вопросы миграционной политики</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>ответственные учреждения</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>end</source>
        <translation>окончание</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>ресурсы</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>контрольная точка</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>priority action</source>
        <translation>ключевая мера</translation>
    </message>
    <message>
        <source>strategy objective</source>
        <translation>цель стратегии</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <source>Action “%1” — %2</source>
        <translation>Мера «%1»&#xa0;—&#xa0;%2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Начало миссии</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Окончание миссии</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Отчетная дата</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>Accept the signatures this workbook carries without a check</source>
        <translation>Принять подписи без контрольной суммы, содержащиеся в этой рабочей книге</translation>
    </message>
    <message>
        <source>Validation for the national statistics office</source>
        <translation>Утверждение от имени национального статистического управления</translation>
    </message>
    <message>
        <source>Reviews signed off by the supervisor</source>
        <translation>Проверка ответов, подтвержденная руководителем</translation>
    </message>
    <message>
        <source>its check holds</source>
        <translation>контрольная сумма совпадает</translation>
    </message>
    <message>
        <source>no check (a workbook written before signatures carried one): taken only if you accept it below</source>
        <translation>без контрольной суммы (рабочая книга создана до того, как подписи стали ее содержать): принимается, только если вы согласитесь ниже</translation>
    </message>
    <message>
        <source>refused: it does not match its check (edited outside the application); nothing can be imported from this workbook</source>
        <translation>отклонена: не совпадает с контрольной суммой (изменена вне приложения); из этой рабочей книги ничего нельзя импортировать</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Disbursement-linked: partner</source>
        <translation>Связь с выплатами: партнер</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Send questions to institutions</source>
        <translation>Отправить вопросы учреждениям</translation>
    </message>
    <message>
        <source>Each institution receives a workbook with only its questions, in the language chosen below, with what the mission already knows filled in. Its reply, imported with Import workbook…, becomes proposals: no answer changes until you accept them.</source>
        <translation>Каждое учреждение получает рабочую книгу только со своими вопросами, на выбранном ниже языке, где уже заполнено то, что известно миссии. Его ответ, импортированный через «Импорт рабочей книги…», становится предложениями: ни один ответ не меняется, пока вы их не примете.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Reply by (YYYY-MM-DD)</source>
        <translation>Ответ до (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Contact for questions</source>
        <translation>Контакт для вопросов</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Отправить: %1</translation>
    </message>
    <message>
        <source>Language of the workbooks:</source>
        <translation>Язык рабочих книг:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Write the workbooks</source>
        <translation>&amp;Записать рабочие книги</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>Папка для рабочих книг</translation>
    </message>
    <message>
        <source>Choose at least one institution.</source>
        <translation>Выберите хотя бы одно учреждение.</translation>
    </message>
    <message>
        <source>%1 workbooks written to %2</source>
        <translation>Записано рабочих книг: %1, в %2</translation>
    </message>
    <message>
        <source>Writing the institutions&apos; workbooks</source>
        <translation>Запись рабочих книг учреждений</translation>
    </message>
    <message>
        <source>The workbooks were not written: %1</source>
        <translation>Рабочие книги не записаны: %1</translation>
    </message>
    <message>
        <source>Cancelled: the workbooks written so far stay in the folder.</source>
        <translation>Отменено: уже записанные рабочие книги остаются в папке.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Текущий ответ</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Institutions&apos; proposals</source>
        <translation>Предложения учреждений</translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies. None changes an answer until you accept it; proposals of institutions that disagree are shown together and marked.</source>
        <translation>Значения, предложенные учреждениями в их ответах. Ни одно не меняет ответ, пока вы его не примете; расходящиеся предложения разных учреждений показаны рядом и отмечены.</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Show those decided</source>
        <translation>Показать решенные</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>&amp;Edit and accept…</source>
        <translation>&amp;Изменить и принять…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Accept all of this &amp;institution</source>
        <translation>Принять все от этого &amp;учреждения</translation>
    </message>
    <message>
        <source>Every open proposal of the institution chosen above, at once (refused while another institution proposes something else)</source>
        <translation>Все открытые предложения выбранного выше учреждения сразу (отказ, пока другое учреждение предлагает иное)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Another institution proposes something else for this answer</source>
        <translation>Другое учреждение предлагает для этого ответа иное</translation>
    </message>
    <message>
        <source>Open: %1. Answers on which institutions disagree: %2.</source>
        <translation>Открыто: %1. Ответов, по которым учреждения расходятся: %2.</translation>
    </message>
    <message>
        <source>Edit and accept</source>
        <translation>Изменить и принять</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>заменено</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>не знаю</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>неприменимо</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Type or press F2 to edit a cell; Delete clears it; the context menu (Shift+F10) marks don&apos;t know.</source>
        <translation>Введите значение или нажмите F2, чтобы изменить ячейку; Delete очищает ее; контекстное меню (Shift+F10) позволяет отметить «не знаю».</translation>
    </message>
    <message>
        <source>Answer the current row as a form (Ctrl+Enter)</source>
        <translation>Заполнить текущую строку в&#xa0;форме (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open the policy question × source matrix</source>
        <translation>Открыть матрицу «вопросы миграционной политики × источники»</translation>
    </message>
    <message>
        <source>Show comment and evidence</source>
        <translation>Показать комментарий и&#xa0;подтверждающие материалы</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Every version of this answer: who gave it, when; restore one</source>
        <translation>Все версии этого ответа: кто и когда дал; восстановить одну</translation>
    </message>
    <message>
        <source>Review of “%s”:</source>
        <translation>Проверка «%s»:</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence</source>
        <translation>
            <numerusform>подтверждающих материалов&#xa0;— %n</numerusform>
            <numerusform>подтверждающих материалов&#xa0;— %n</numerusform>
            <numerusform>подтверждающих материалов&#xa0;— %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>документов&#xa0;— %n</numerusform>
            <numerusform>документов&#xa0;— %n</numerusform>
            <numerusform>документов&#xa0;— %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>документов&#xa0;— %n</numerusform>
            <numerusform>документов&#xa0;— %n</numerusform>
            <numerusform>документов&#xa0;— %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment and evidence</source>
        <translation>Комментарий и&#xa0;подтверждающие материалы</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Proposed by institutions: %n…</source>
        <translation>
            <numerusform>Предложено учреждениями: %n…</numerusform>
            <numerusform>Предложено учреждениями: %n…</numerusform>
            <numerusform>Предложено учреждениями: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies: accept, edit or reject them</source>
        <translation>Значения, предложенные учреждениями в ответах: примите, измените или отклоните их</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>Следующий &amp;цикл…</translation>
    </message>
    <message>
        <source>Assessment &amp;details…</source>
        <translation>С&amp;ведения об оценке…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>&amp;Удалить в&#xa0;корзину</translation>
    </message>
    <message>
        <source>S&amp;how the trash</source>
        <translation>Показать &amp;корзину</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Импорт рабочей книги…</translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation>&amp;Экспорт рабочей книги…</translation>
    </message>
    <message>
        <source>Export assessment pac&amp;kage…</source>
        <translation>Экспорт паке&amp;та оценки…</translation>
    </message>
    <message>
        <source>For&amp;ms for ODK and Kobo…</source>
        <translation>Формы для ODK и &amp;Kobo…</translation>
    </message>
    <message>
        <source>PD&amp;F report…</source>
        <translation>&amp;Доклад в&#xa0;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>Сохранить как документ &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Aggregate workbooks…</source>
        <translation>&amp;Агрегирование рабочих книг…</translation>
    </message>
    <message>
        <source>Cross-country &amp;view…</source>
        <translation>Сопоставление &amp;стран…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Close assessment</source>
        <translation>&amp;Закрыть оценку</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Найти п&amp;редыдущее</translation>
    </message>
    <message>
        <source>Next un&amp;answered</source>
        <translation>Следующий &amp;без ответа</translation>
    </message>
    <message>
        <source>Previous unans&amp;wered</source>
        <translation>Предыдущий без о&amp;твета</translation>
    </message>
    <message>
        <source>Re&amp;view this answer</source>
        <translation>Про&amp;верить этот ответ</translation>
    </message>
    <message>
        <source>Answer &amp;history…</source>
        <translation>&amp;История ответа…</translation>
    </message>
    <message>
        <source>Ar&amp;chived answers…</source>
        <translation>&amp;Архивные ответы…</translation>
    </message>
    <message>
        <source>Ne&amp;xt answer not reviewed</source>
        <translation>С&amp;ледующий непроверенный ответ</translation>
    </message>
    <message>
        <source>Va&amp;lidate the section&apos;s reviews</source>
        <translation>Подтвердить провер&amp;ку раздела</translation>
    </message>
    <message>
        <source>Sign off the r&amp;eviews (supervisor)…</source>
        <translation>Подтвердить проверку ответов (руководитель &amp;миссии)…</translation>
    </message>
    <message>
        <source>Validate for the national &amp;statistics office…</source>
        <translation>&amp;Утвердить от имени национального статистического управления…</translation>
    </message>
    <message>
        <source>Next &amp;gap</source>
        <translation>&amp;Следующий пробел</translation>
    </message>
    <message>
        <source>Previ&amp;ous gap</source>
        <translation>Пр&amp;едыдущий пробел</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Следующий раздел</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Предыдущий раздел</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Вопросы</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Матрица</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводная панель</translation>
    </message>
    <message>
        <source>Focus the na&amp;vigator</source>
        <translation>Перейти к&#xa0;&amp;навигатору</translation>
    </message>
    <message>
        <source>Next &amp;language</source>
        <translation>&amp;Следующий язык</translation>
    </message>
    <message>
        <source>&amp;Help contents</source>
        <translation>&amp;Содержание справки</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Сочетания &amp;клавиш</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>О&#xa0;&amp;программе</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>toolbar button: short</comment>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>toolbar button: short</comment>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Questionnaire &amp;language</source>
        <translation>&amp;Язык вопросника</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Previous unanswered</source>
        <translation>Предыдущий без ответа</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Следующий без ответа</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <comment>toolbar button: short</comment>
        <translation>Экспорт рабочей книги</translation>
    </message>
    <message>
        <source>Language: </source>
        <translation>Язык: </translation>
    </message>
    <message>
        <source>Questionnaire language</source>
        <translation>Язык вопросника</translation>
    </message>
    <message>
        <source>Interface: </source>
        <translation>Интерфейс: </translation>
    </message>
    <message>
        <source>The window will be in %1 from its next start; the questionnaire&apos;s language is chosen beside it.</source>
        <translation>Окно будет на языке «%1» после следующего запуска; язык вопросника выбирается рядом.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Ошибка операции «%1»:&#xa0;%2</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в&#xa0;&amp;папке</translation>
    </message>
    <message>
        <source>Could not open %s</source>
        <translation>Не удалось открыть&#xa0;%s</translation>
    </message>
    <message>
        <source>This assessment has %n document attached as evidence. The workbook does not carry documents: a colleague who receives it does not get it. The assessment package carries the workbook and the document.</source>
        <translation>К оценке приложено документов в качестве подтверждения: %n. Книга не содержит документов: коллега, получивший ее, их не получит. Пакет оценки содержит книгу и документы.</translation>
    </message>
    <message>
        <source>This assessment has %n documents attached as evidence. The workbook does not carry documents: a colleague who receives it gets none of them. The assessment package carries the workbook and every document.</source>
        <translation>К оценке приложено документов в качестве подтверждения: %n. Книга не содержит документов: коллега, получивший ее, их не получит. Пакет оценки содержит книгу и все документы.</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Экспорт рабочей книги</translation>
    </message>
    <message>
        <source>Export the &amp;package…</source>
        <translation>Экспортировать &amp;пакет…</translation>
    </message>
    <message>
        <source>&amp;Workbook only…</source>
        <translation>Только &amp;книгу…</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Рабочие книги (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export failed: %s</source>
        <translation>Ошибка экспорта:&#xa0;%s</translation>
    </message>
    <message>
        <source>Exporting the workbook</source>
        <translation>Экспорт рабочей книги</translation>
    </message>
    <message>
        <source>Workbook written: %s</source>
        <translation>Рабочая книга записана:&#xa0;%s</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменен.</translation>
    </message>
    <message>
        <source>Export assessment package</source>
        <translation>Экспорт пакета оценки</translation>
    </message>
    <message>
        <source>Assessment packages (*.zip)</source>
        <translation>Пакеты оценки (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>Package written: %s</source>
        <translation>Пакет записан:&#xa0;%s</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Папка для форм</translation>
    </message>
    <message>
        <source>Forms for ODK and Kobo written: %s</source>
        <translation>Формы для ODK и Kobo записаны: %s</translation>
    </message>
    <message>
        <source>Writing the forms for ODK and Kobo</source>
        <translation>Запись форм для ODK и Kobo</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Доклад в&#xa0;PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Writing the PDF report</source>
        <translation>Формирование доклада в&#xa0;PDF</translation>
    </message>
    <message>
        <source>Report written: %s</source>
        <translation>Доклад записан:&#xa0;%s</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Формирование доклада отменено.</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word document</source>
        <translation>Формирование документа Word</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Импорт рабочей книги</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>Чтение пакета</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>Чтение рабочей книги</translation>
    </message>
    <message>
        <source>Workbooks, assessment packages and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>Книги, пакеты оценки и выгрузки ODK или Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Импорт отменен.</translation>
    </message>
    <message>
        <source>Export of %1 submissions imported: %2 values proposed, no answer changed.</source>
        <translation>Выгрузка отправок (%1) импортирована: предложено значений — %2, ни один ответ не изменен.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>This workbook cannot be imported. Nothing was changed.</source>
        <translation>Эту рабочую книгу невозможно импортировать. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Импорт отменен: ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported %s.</source>
        <translation>Импортировано:&#xa0;%s.</translation>
    </message>
    <message>
        <source>Kept %s answers changed here since the export.</source>
        <translation>Сохранены ответы, измененные здесь после экспорта:&#xa0;%s.</translation>
    </message>
    <message>
        <source>Documents attached: %1.</source>
        <translation>Приложено документов: %1.</translation>
    </message>
    <message>
        <source>Importing the workbook</source>
        <translation>Импорт рабочей книги</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Агрегирование</translation>
    </message>
    <message>
        <source>Aggregating workbooks</source>
        <translation>Агрегирование рабочих книг</translation>
    </message>
    <message>
        <source>Aggregation cancelled.</source>
        <translation>Агрегирование отменено.</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected, %3 superseded.</source>
        <translation>Принято:&#xa0;%1, отклонено:&#xa0;%2, заменено более поздними:&#xa0;%3.</translation>
    </message>
    <message>
        <source>Aggregate written: %s</source>
        <translation>Агрегированная рабочая книга записана:&#xa0;%s</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Отклонено:</translation>
    </message>
    <message>
        <source>Superseded (a later export is used):</source>
        <translation>Заменено (используется более поздний экспорт):</translation>
    </message>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>Оценка потенциала в&#xa0;области данных о&#xa0;миграции</translation>
    </message>
    <message>
        <source>This database cannot be written (%1: read-only folder or drive), so it is open read-only. You can read every assessment, export workbooks and PDF reports, and move the data folder (File ▸ Preferences ▸ Data folder, applied at the next start).</source>
        <translation>В&#xa0;эту базу данных невозможно записать данные (%1: папка или диск только для чтения), поэтому она открыта только для чтения. Вы можете просматривать все оценки, экспортировать рабочие книги и&#xa0;доклады в&#xa0;PDF, а&#xa0;также переместить папку данных (Файл ▸ Параметры ▸ Папка данных; изменение вступит в&#xa0;силу при следующем запуске).</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2), so it is open read-only: nothing more is written to it. You can still read every assessment and export workbooks and reports. To repair it, restore the last good backup: restart the application, which offers it, or run capacity-app --db &quot;%1&quot; check --restore (the damaged file is kept beside it).</source>
        <translation>База данных %1 повреждена (%2), поэтому она открыта только для чтения: в нее больше ничего не записывается. Вы по-прежнему можете читать все оценки и экспортировать рабочие книги и доклады. Чтобы исправить ее, восстановите последнюю исправную резервную копию: перезапустите приложение, которое предложит ее, или выполните capacity-app --db &quot;%1&quot; check --restore (поврежденный файл сохраняется рядом).</translation>
    </message>
    <message>
        <source>The database is damaged: it is now open read-only.</source>
        <translation>База данных повреждена: теперь она открыта только для чтения.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>&amp;Try saving again</source>
        <translation>&amp;Повторить сохранение</translation>
    </message>
    <message>
        <source>Save again what could not be saved (it is kept in its field)</source>
        <translation>Снова сохранить то, что не удалось сохранить (оно остается в&#xa0;своем поле)</translation>
    </message>
    <message>
        <source>Changes that could not be saved when the application last ended are in %1: enter them again.</source>
        <translation>Изменения, которые не удалось сохранить при последнем завершении работы приложения, находятся в %1: введите их заново.</translation>
    </message>
    <message>
        <source>Loading the questionnaire</source>
        <translation>Загрузка вопросника</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Сохранено&#xa0;%s</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Не сохранено:&#xa0;%s</translation>
    </message>
    <message>
        <source>No policy question has a gap between need and availability.</source>
        <translation>Ни по одному вопросу миграционной политики нет пробела между потребностью и&#xa0;наличием данных.</translation>
    </message>
    <message>
        <source>That assessment is in the trash: restore it first.</source>
        <translation>Эта оценка находится в&#xa0;корзине: сначала восстановите ее.</translation>
    </message>
    <message>
        <source>Last change %s</source>
        <translation>Последнее изменение&#xa0;%s</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved: %1. They are still in the window, marked “Not saved”.</source>
        <translation>
            <numerusform>Не удалось сохранить&#xa0;%n изменение:&#xa0;%1. Оно по-прежнему отображается в&#xa0;окне с&#xa0;пометкой «Не сохранено».</numerusform>
            <numerusform>Не удалось сохранить&#xa0;%n изменения:&#xa0;%1. Они по-прежнему отображаются в&#xa0;окне с&#xa0;пометкой «Не сохранено».</numerusform>
            <numerusform>Не удалось сохранить&#xa0;%n изменений:&#xa0;%1. Они по-прежнему отображаются в&#xa0;окне с&#xa0;пометкой «Не сохранено».</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway and lose them? You can copy them first, to paste them elsewhere.</source>
        <translation>Все равно закрыть и&#xa0;потерять их? Можно сначала скопировать их, чтобы вставить в&#xa0;другое место.</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>&amp;Не закрывать окно</translation>
    </message>
    <message>
        <source>&amp;Copy them and close</source>
        <translation>&amp;Скопировать и&#xa0;закрыть</translation>
    </message>
    <message>
        <source>C&amp;lose and lose them</source>
        <translation>&amp;Закрыть и&#xa0;потерять их</translation>
    </message>
    <message>
        <source>Moved to the trash. Show the trash to restore it.</source>
        <translation>Перемещено в&#xa0;корзину. Чтобы восстановить, откройте корзину.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Восстановлено.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Параметры сохранены.</translation>
    </message>
    <message>
        <source>Stopping background work…</source>
        <translation>Остановка фоновых операций…</translation>
    </message>
    <message>
        <source>&amp;Send questions to institutions…</source>
        <translation>Отп&amp;равить вопросы учреждениям…</translation>
    </message>
    <message>
        <source>Institutions&apos; proposa&amp;ls…</source>
        <translation>Пред&amp;ложения учреждений…</translation>
    </message>
    <message>
        <source>Reply of %1 imported: %2 values proposed, no answer changed.</source>
        <translation>Ответ %1 импортирован: предложено значений — %2, ни один ответ не изменен.</translation>
    </message>
    <message>
        <source>Funding request for %1</source>
        <translation>Запрос о финансировании для %1</translation>
    </message>
    <message>
        <source>Writing the funding request for %1</source>
        <translation>Формирование запроса о финансировании для %1</translation>
    </message>
</context>
<context>
    <name>MarkerLegend</name>
    <message>
        <source>gap</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>needs work</source>
        <translation>требует работы</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>в&#xa0;порядке</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>Sections: the band of their score. Policy questions: the gap between the need and the data available; not assessed while no cell of their matrix row is answered.</source>
        <translation>Разделы: уровень их оценки. Вопросы миграционной политики: пробел между потребностью и&#xa0;имеющимися данными; вопрос не оценивается, пока нет ответа ни для одной ячейки его строки в&#xa0;матрице.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>main source</source>
        <translation>основной источник</translation>
    </message>
    <message>
        <source>supporting source</source>
        <translation>вспомогательный источник</translation>
    </message>
    <message>
        <source>not an expected source</source>
        <translation>не относится к&#xa0;ожидаемым источникам</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>уровень&#xa0;%1</translation>
    </message>
    <message>
        <source>no level yet</source>
        <translation>уровень еще не определен</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>● main source   ○ supporting source   colour and number: derived level 0 (none) to 3 (fit for purpose). Arrow keys move, Enter edits, Esc returns.</source>
        <translation>● основной источник   ○ вспомогательный источник   цвет и&#xa0;число: расчетный уровень от 0 (нет) до 3 (данные пригодны для этой цели). Клавиши со стрелками&#xa0;— перемещение, Enter&#xa0;— изменение, Esc&#xa0;— возврат.</translation>
    </message>
    <message>
        <source>Policy question by data source matrix</source>
        <translation>Матрица «вопросы миграционной политики × источники данных»</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Questionnaire</source>
        <translation>Вопросник</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Дан ответ:&#xa0;%1&#xa0;из&#xa0;%2</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Оценка:&#xa0;%1</translation>
    </message>
    <message>
        <source>Policy questions A–O</source>
        <translation>Вопросы миграционной политики A–O</translation>
    </message>
    <message>
        <source>Not assessed yet: no cell of its row in the matrix is answered.</source>
        <translation>Еще не оценено: нет ответа ни для одной ячейки его строки в&#xa0;матрице.</translation>
    </message>
    <message>
        <source>Need %1, availability %2, gap %3</source>
        <translation>Потребность&#xa0;%1, наличие данных&#xa0;%2, пробел&#xa0;%3</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>пробел&#xa0;%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>пробела нет</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>не задается</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>Цикл (год)</translation>
    </message>
    <message>
        <source>optional: made from the country and round</source>
        <translation>необязательно: формируется из названия страны и&#xa0;цикла</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Отчетная дата</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Начало миссии</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Окончание миссии</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Цикл:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <source>Re&amp;ference date:</source>
        <translation>&amp;Отчетная дата:</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>&amp;Начало миссии:</translation>
    </message>
    <message>
        <source>Mission &amp;end:</source>
        <translation>О&amp;кончание миссии:</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Опрошено</translation>
    </message>
    <message>
        <source>Role of the respondent</source>
        <translation>Должность респондента</translation>
    </message>
    <message>
        <source>Institutions interviewed</source>
        <translation>Опрошенные учреждения</translation>
    </message>
    <message>
        <source>These details are the answers of section S0 (Mission and respondents): correct or complete them there at any time.</source>
        <translation>Эти сведения являются ответами на вопросы раздела S0 (Миссия и&#xa0;респонденты): их можно исправить или дополнить там в&#xa0;любое время.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Institutions interviewed:</source>
        <translation>Опрошенные учреждения:</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Next round of %1 %2</source>
        <translation>Следующий цикл:&#xa0;%1&#xa0;%2</translation>
    </message>
    <message>
        <source>A new assessment of %1 starts from round %2.</source>
        <translation>Новая оценка по стране&#xa0;%1&#xa0;начинается с&#xa0;цикла&#xa0;%2.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Цикл:</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Отчетная дата</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Начало миссии</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Окончание миссии</translation>
    </message>
    <message>
        <source>R&amp;eference date:</source>
        <translation>&amp;Отчетная дата:</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>&amp;Начало миссии:</translation>
    </message>
    <message>
        <source>Mission e&amp;nd:</source>
        <translation>О&amp;кончание миссии:</translation>
    </message>
    <message>
        <source>&amp;Copy the answers of round %s (comments and evidence included) to review them</source>
        <translation>&amp;Скопировать ответы цикла&#xa0;%s (включая комментарии и&#xa0;подтверждающие материалы) для их проверки</translation>
    </message>
    <message>
        <source>&amp;Keep round %s&apos;s reference and mission dates where none is given here</source>
        <translation>&amp;Использовать отчетную дату и&#xa0;сроки миссии цикла&#xa0;%s, если здесь они не указаны</translation>
    </message>
    <message>
        <source>Also copied: the institutions, the section weights and the action plan. Dates left empty can be entered later in S0.</source>
        <translation>Также копируются: учреждения, веса разделов и&#xa0;план действий. Незаполненные даты можно ввести позже в&#xa0;разделе S0.</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>Создать цикл</translation>
    </message>
    <message>
        <source>Created round %s from the previous one; Move to trash removes it again.</source>
        <translation>Цикл&#xa0;%s создан на основе предыдущего; команда «Удалить в&#xa0;корзину» удалит его.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so that a mission team can tell who answered what. You can change it later in File ▸ Preferences.</source>
        <translation>Ваше имя записывается при каждом внесенном вами изменении, чтобы группа миссии знала, кто и&#xa0;что ответил. Его можно изменить позже в&#xa0;меню Файл ▸ Параметры.</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Имя оператора</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Skip: ask nothing now</source>
        <translation>Пропустить: сейчас ничего не спрашивать</translation>
    </message>
</context>
<context>
    <name>PartnerEditionDialog</name>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнер:</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Word document</source>
        <translation>Документ &amp;Word</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>No cost line of the plan names a development partner yet: a partner&apos;s edition asks a partner to fund its lines.</source>
        <translation>Ни в одной статье расходов плана еще не указан партнер по развитию: выпуск для партнера содержит просьбу профинансировать его статьи.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Funding request for a partner</source>
        <translation>Запрос о финансировании для партнера</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <source>Report of %1</source>
        <translation>Отчет за %1</translation>
    </message>
    <message>
        <source>What the implementation report of %1 prints in the planning unit&apos;s own words: the summary before the figures, the decisions asked of the minister, and beside each action at risk or off track its corrective measure.</source>
        <translation>Что отчет о выполнении за %1 печатает словами самого отдела планирования: резюме перед цифрами, решения, запрашиваемые у министра, и рядом с каждой мерой под угрозой или отклоняющейся от плана ее корректирующее действие.</translation>
    </message>
    <message>
        <source>The planning unit&apos;s s&amp;ummary (a paragraph a line):</source>
        <translation>Резюме отдела &amp;планирования (абзац на строку):</translation>
    </message>
    <message>
        <source>&amp;Decisions asked of the minister, one a line, in their order:</source>
        <translation>&amp;Решения, запрашиваемые у министра, по одному на строку, по порядку:</translation>
    </message>
    <message>
        <source>Corrective &amp;measures of the actions at risk or off track:</source>
        <translation>&amp;Корректирующие действия по мерам под угрозой или отклоняющимся от плана:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Указанная причина</translation>
    </message>
    <message>
        <source>Corrective measure</source>
        <translation>Корректирующее действие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>By (YYYY-MM-DD)</source>
        <translation>Срок (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>The planning unit&apos;s summary</source>
        <translation>Резюме отдела планирования</translation>
    </message>
    <message>
        <source>Decisions asked of the minister</source>
        <translation>Решения, запрашиваемые у министра</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>Корректирующие действия</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>The report of %1 typed is not saved.</source>
        <translation>Набранный отчет за %1 не сохранен.</translation>
    </message>
</context>
<context>
    <name>PlanCount</name>
    <message numerus="yes">
        <source>%n of %1 actions costed.</source>
        <translation>
            <numerusform>Мер с&#xa0;определенной стоимостью:&#xa0;%n&#xa0;из&#xa0;%1.</numerusform>
            <numerusform>Мер с&#xa0;определенной стоимостью:&#xa0;%n&#xa0;из&#xa0;%1.</numerusform>
            <numerusform>Мер с&#xa0;определенной стоимостью:&#xa0;%n&#xa0;из&#xa0;%1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>National budget</source>
        <translation>Государственный бюджет</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>Партнер по развитию</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Другой источник</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Консультанты</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Поездки</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Survey operations</source>
        <translation>Проведение обследований</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>выявлено</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>объявлено</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>обязательство принято</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>выплачено</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Статья расходов</translation>
    </message>
    <message>
        <source>Edit the cost line</source>
        <translation>Изменить статью расходов</translation>
    </message>
    <message>
        <source>e.g. 45000000 or 1250.50</source>
        <translation>например, 45000000&#xa0;или 1250.50</translation>
    </message>
    <message>
        <source>The development partner, or what the other source is</source>
        <translation>Партнер по развитию или иной источник финансирования</translation>
    </message>
    <message>
        <source>Funding &amp;secured</source>
        <translation>Финансирование о&amp;беспечено</translation>
    </message>
    <message>
        <source>Amount spent, when known</source>
        <translation>Израсходованная сумма, если известна</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Cost basis: &amp;unit cost × quantity:</source>
        <translation>Основа расчета: &amp;цена единицы × количество:</translation>
    </message>
    <message>
        <source>Cost ca&amp;tegory:</source>
        <translation>&amp;Категория расходов:</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>&amp;Источник финансирования:</translation>
    </message>
    <message>
        <source>&amp;Partner or other source:</source>
        <translation>&amp;Партнер или иной источник:</translation>
    </message>
    <message>
        <source>Funding sta&amp;ge:</source>
        <translation>Ст&amp;адия финансирования:</translation>
    </message>
    <message>
        <source>Amount &amp;executed:</source>
        <translation>&amp;Фактические расходы:</translation>
    </message>
    <message>
        <source>National budget takes o&amp;ver from:</source>
        <translation>Покрывается из госбю&amp;джета с:</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Отме&amp;на</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;ОК</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Цена единицы</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Optional: the cost of one unit and the number of units; their product is the amount (filled in when the amount is left empty)</source>
        <translation>Необязательно: стоимость одной единицы и число единиц; их произведение — сумма (подставляется, если сумма не указана)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Committed and disbursed funding is secured; identified and pledged funding is not</source>
        <translation>Финансирование, по которому принято обязательство или которое выплачено, обеспечено; выявленное или объявленное — нет</translation>
    </message>
    <message>
        <source>&amp;Recurrent cost (goes on after the action)</source>
        <translation>&amp;Текущие расходы (продолжаются после завершения меры)</translation>
    </message>
    <message>
        <source>(not taken over)</source>
        <translation>(не покрывается)</translation>
    </message>
    <message>
        <source>Year the national budget takes it over</source>
        <translation>Год, с которого расходы покрываются из госбюджета</translation>
    </message>
    <message>
        <source>Amount a year, in the line&apos;s currency</source>
        <translation>Сумма в год в валюте статьи</translation>
    </message>
    <message>
        <source>Amount a year taken over</source>
        <translation>Сумма в год, покрываемая из бюджета</translation>
    </message>
    <message>
        <source>When the partner&apos;s funding ends: from which year the national budget pays this recurrent cost, and how much a year (after the partner&apos;s last funded year)</source>
        <translation>После прекращения финансирования со стороны партнера: год, с которого эти текущие расходы покрываются из государственного бюджета, и сумма в год (после последнего года финансирования партнером)</translation>
    </message>
    <message>
        <source>%1: write digits, with “%2” for decimals, such as 45000000 or %3 (no thousands separators).</source>
        <translation>%1: укажите цифрами, с «%2» для десятичных знаков, например 45000000 или %3 (без разделителей тысяч).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Amount executed</source>
        <translation>Исполненная сумма</translation>
    </message>
    <message>
        <source>Currency and exchange rates</source>
        <translation>Валюта и&#xa0;обменные курсы</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>нет известных</translation>
    </message>
    <message>
        <source>The country&apos;s (%s)</source>
        <translation>Валюта страны (%s)</translation>
    </message>
    <message>
        <source>Plan &amp;currency:</source>
        <translation>&amp;Валюта плана:</translation>
    </message>
    <message>
        <source>Exchange rates give the USD equivalents: units of each currency for one US dollar, with the date of the rate and its source (e.g. the UN operational rate of exchange). F2 edits a cell.</source>
        <translation>Обменные курсы позволяют рассчитать эквиваленты в&#xa0;долларах США: число единиц каждой валюты за один доллар США с&#xa0;указанием даты курса и&#xa0;его источника (например, операционный обменный курс Организации Объединенных Наций). F2&#xa0;— изменить ячейку.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Единиц за доллар США</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Обменные курсы</translation>
    </message>
    <message>
        <source>E&amp;xchange rates:</source>
        <translation>&amp;Обменные курсы:</translation>
    </message>
    <message>
        <source>&amp;Add a rate</source>
        <translation>&amp;Добавить курс</translation>
    </message>
    <message>
        <source>&amp;Remove the rate</source>
        <translation>&amp;Удалить курс</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Record the validation</source>
        <translation>&amp;Зарегистрировать одобрение</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Row %d: %s</source>
        <translation>Строка&#xa0;%d:&#xa0;%s</translation>
    </message>
    <message>
        <source>The cost line typed is not saved.</source>
        <translation>Введенная статья расходов не сохранена.</translation>
    </message>
    <message>
        <source>The exchange rates typed are not saved.</source>
        <translation>Введенные обменные курсы не сохранены.</translation>
    </message>
    <message>
        <source>%s is not an ISO 4217 currency of the country table</source>
        <translation>%s не является валютой ISO 4217&#xa0;из таблицы стран</translation>
    </message>
    <message>
        <source>Validation of the action plan</source>
        <translation>Одобрение плана действий</translation>
    </message>
    <message>
        <source>Record that the government validated the plan as it is now. An action edited afterwards is shown as changed after validation, here, in the workbook and in the report.</source>
        <translation>Зарегистрируйте, что план одобрен в&#xa0;его нынешнем виде. Мера, измененная после этого, будет помечена как измененная после одобрения&#xa0;— здесь, в&#xa0;рабочей книге и&#xa0;в&#xa0;докладе.</translation>
    </message>
    <message>
        <source>e.g. National validation workshop, the capital</source>
        <translation>например, Национальный семинар по одобрению плана, столица</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>По одному учреждению в&#xa0;строке</translation>
    </message>
    <message>
        <source>Name of the person who approved the plan</source>
        <translation>Имя лица, подписавшего план</translation>
    </message>
    <message>
        <source>e.g. Director-General, National Statistics Office</source>
        <translation>например, генеральный директор национального статистического управления</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>&amp;Institutions present:</source>
        <translation>&amp;Присутствовавшие учреждения:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Подписавшее &amp;лицо:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Д&amp;олжность:</translation>
    </message>
    <message>
        <source>Reason for withdrawing the validation</source>
        <translation>Причина отзыва одобрения</translation>
    </message>
    <message>
        <source>&amp;Withdraw the validation</source>
        <translation>Отоз&amp;вать одобрение</translation>
    </message>
    <message>
        <source>The validation typed is not saved.</source>
        <translation>Введенные данные об одобрении не сохранены.</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the validation.</source>
        <translation>Укажите причину отзыва одобрения.</translation>
    </message>
    <message>
        <source>Cost of the plan and financing gap</source>
        <translation>Стоимость плана и&#xa0;дефицит финансирования</translation>
    </message>
    <message>
        <source>By &amp;year</source>
        <translation>По &amp;годам</translation>
    </message>
    <message>
        <source>By &amp;institution</source>
        <translation>По &amp;учреждениям</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>(ответственный еще не назначен)</translation>
    </message>
    <message>
        <source>By funding &amp;source</source>
        <translation>По &amp;источникам финансирования</translation>
    </message>
    <message>
        <source>By &amp;currency</source>
        <translation>По &amp;валюте</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Exchange rates: %s.</source>
        <translation>Обменные курсы:&#xa0;%s.</translation>
    </message>
    <message>
        <source>No exchange rate: no USD equivalents.</source>
        <translation>Обменный курс не указан: эквиваленты в&#xa0;долларах США не рассчитываются.</translation>
    </message>
    <message>
        <source>No rate for %s: the USD figures are left out.</source>
        <translation>Нет курса для&#xa0;%s: суммы в&#xa0;долларах США не приводятся.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Обеспечено</translation>
    </message>
    <message>
        <source>Financing gap</source>
        <translation>Дефицит финансирования</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Стоимость (долл. США)</translation>
    </message>
    <message>
        <source>Gap (USD)</source>
        <translation>Дефицит (долл. США)</translation>
    </message>
    <message>
        <source>No action is costed yet.</source>
        <translation>Стоимость мер еще не определена.</translation>
    </message>
    <message>
        <source>Total cost %1; secured %2; financing gap %3.</source>
        <translation>Общая стоимость:&#xa0;%1; обеспечено:&#xa0;%2; дефицит финансирования:&#xa0;%3.</translation>
    </message>
</context>
<context>
    <name>PolicyChart</name>
    <message>
        <source>Availability and gap by policy question</source>
        <translation>Наличие данных и&#xa0;пробелы по вопросам миграционной политики</translation>
    </message>
    <message>
        <source>need</source>
        <translation>потребность</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>наличие данных</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>пробел</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Имя оператора</translation>
    </message>
    <message>
        <source>your name, recorded with every change</source>
        <translation>ваше имя; записывается при каждом изменении</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Where the database and its backups live (kept in %s, read by the window and the command line alike).</source>
        <translation>Где хранятся база данных и&#xa0;ее резервные копии (указано в&#xa0;%s; используется и&#xa0;окном приложения, и&#xa0;командной строкой).</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Язык доклада по умолчанию</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Шаблон Word</translation>
    </message>
    <message>
        <source>the bundled template</source>
        <translation>встроенный шаблон</translation>
    </message>
    <message>
        <source>A Word document (.docx) whose styles the Word report uses: the national statistics office&apos;s own template.</source>
        <translation>Документ Word (.docx), стили которого использует доклад в Word: собственный шаблон национального статистического управления.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Имя оператора:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Папка данных:</translation>
    </message>
    <message>
        <source>Default &amp;report language:</source>
        <translation>Язык &amp;доклада по умолчанию:</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Папка &amp;резервных копий:</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>&amp;Word template:</source>
        <translation>Шаблон &amp;Word:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>A new interface language applies from the next start.</source>
        <translation>Новый язык интерфейса применяется со следующего запуска.</translation>
    </message>
    <message>
        <source>This database cannot be written: only the data folder (to move the data somewhere it can be written) and the interface language can be changed.</source>
        <translation>В&#xa0;эту базу данных невозможно записать данные: можно изменить только папку данных (чтобы перенести данные туда, где запись возможна) и&#xa0;язык интерфейса.</translation>
    </message>
    <message>
        <source>The preferences typed are not saved.</source>
        <translation>Введенные параметры не сохранены.</translation>
    </message>
    <message>
        <source>The database and its backups are in this folder.</source>
        <translation>База данных и&#xa0;ее резервные копии находятся в&#xa0;этой папке.</translation>
    </message>
    <message>
        <source>At the next start, the database and its backups move to %s.</source>
        <translation>При следующем запуске база данных и&#xa0;ее резервные копии будут перемещены в&#xa0;%s.</translation>
    </message>
    <message>
        <source>A database is already in %1: it is used from the next start; the current one stays in %2.</source>
        <translation>В&#xa0;%1&#xa0;уже есть база данных: она будет использоваться со следующего запуска; текущая остается в&#xa0;%2.</translation>
    </message>
    <message>
        <source>At the next start, the database and its %1 backups move to %2 (the old file is kept, renamed “capacity.sqlite3.moved”).</source>
        <translation>При следующем запуске база данных и&#xa0;ее резервные копии (%1) будут перемещены в&#xa0;%2 (старый файл сохраняется под именем «capacity.sqlite3.moved»).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Browse for %s</source>
        <translation>Выбор:&#xa0;%s</translation>
    </message>
</context>
<context>
    <name>ProcurementTab</name>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Сметная стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Add packa&amp;ge</source>
        <translation>Добавить за&amp;купку</translation>
    </message>
    <message>
        <source>Remove pac&amp;kage</source>
        <translation>Удали&amp;ть закупку</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>preparing the workbook</source>
        <translation>подготовка рабочей книги</translation>
    </message>
    <message>
        <source>writing answers</source>
        <translation>запись ответов</translation>
    </message>
    <message>
        <source>writing scores</source>
        <translation>запись оценок</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>сохранение</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>проверка файла</translation>
    </message>
    <message>
        <source>reading answers</source>
        <translation>чтение ответов</translation>
    </message>
    <message>
        <source>checking values</source>
        <translation>проверка значений</translation>
    </message>
    <message>
        <source>read</source>
        <translation>прочитано</translation>
    </message>
    <message>
        <source>reading the answers</source>
        <translation>чтение ответов</translation>
    </message>
    <message>
        <source>drawing the charts</source>
        <translation>построение диаграмм</translation>
    </message>
    <message>
        <source>drawing the map</source>
        <translation>построение карты</translation>
    </message>
    <message>
        <source>composing the pages</source>
        <translation>составление страниц</translation>
    </message>
    <message>
        <source>laying out the pages</source>
        <translation>верстка страниц</translation>
    </message>
    <message>
        <source>writing the PDF file</source>
        <translation>запись файла PDF</translation>
    </message>
    <message>
        <source>numbering the pages of the contents</source>
        <translation>нумерация страниц оглавления</translation>
    </message>
    <message>
        <source>writing the Word file</source>
        <translation>запись файла Word</translation>
    </message>
    <message>
        <source>writing the consolidated workbook</source>
        <translation>запись сводной рабочей книги</translation>
    </message>
    <message>
        <source>writing the PDF summary</source>
        <translation>запись сводки в&#xa0;PDF</translation>
    </message>
    <message>
        <source>writing the analyst files</source>
        <translation>запись файлов для аналитиков</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>making the forms</source>
        <translation>подготовка форм</translation>
    </message>
    <message>
        <source>writing the form</source>
        <translation>запись формы</translation>
    </message>
    <message>
        <source>checking the form with pyxform</source>
        <translation>проверка формы с помощью pyxform</translation>
    </message>
    <message>
        <source>writing the questions</source>
        <translation>запись вопросов</translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation>чтение присланных ответов</translation>
    </message>
    <message>
        <source>reading the repeated rows</source>
        <translation>чтение повторяющихся строк</translation>
    </message>
    <message>
        <source>written</source>
        <translation>записано</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>прочитано:&#xa0;%1</translation>
    </message>
    <message>
        <source>reading one file</source>
        <translation>чтение одного файла</translation>
    </message>
    <message>
        <source>reading %1 files</source>
        <translation>чтение файлов:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>The progress typed for %1 is not saved.</source>
        <translation>Введенные данные о ходе выполнения за %1 не сохранены.</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Ход выполнения плана</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Отчетный период:</translation>
    </message>
    <message>
        <source>A year such as 2026 or a half-year such as 2026-H1</source>
        <translation>Год, например 2026, или полугодие, например 2026-H1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Статья расходов</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Израсходовано</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Меры</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>&amp;Средства</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>&amp;Показатели</translation>
    </message>
    <message>
        <source>&amp;Institutions&apos; replies…</source>
        <translation>Ответы &amp;учреждений…</translation>
    </message>
    <message>
        <source>&amp;Write the report…</source>
        <translation>&amp;Написать отчет…</translation>
    </message>
    <message>
        <source>The summary, the decisions asked of the minister and the corrective measures that the period&apos;s implementation report prints</source>
        <translation>Резюме, решения, запрашиваемые у министра, и корректирующие действия, которые печатает отчет о выполнении за период</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Each action&apos;s status in the period</source>
        <translation>Статус каждой меры за период</translation>
    </message>
    <message>
        <source>Money of each cost line in the period</source>
        <translation>Средства по каждой статье расходов за период</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Идет по плану</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Отстает от плана</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Целевое значение на %1 г.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходный уровень</translation>
    </message>
    <message>
        <source>Value measured</source>
        <translation>Измеренное значение</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>The date the value was measured, written YYYY-MM-DD (such as 2026-10-15)</source>
        <translation>Дата измерения в формате ГГГГ-ММ-ДД (например, 2026-10-15)</translation>
    </message>
    <message>
        <source>Each indicator&apos;s value measured in the period</source>
        <translation>Измеренное значение каждого показателя за период</translation>
    </message>
    <message>
        <source>Output of action %1</source>
        <translation>Непосредственный результат меры %1</translation>
    </message>
    <message>
        <source>(value of %1)</source>
        <translation>(значение за %1)</translation>
    </message>
    <message>
        <source>(no target this year)</source>
        <translation>(целевое значение на этот год не задано)</translation>
    </message>
    <message>
        <source>indicator %1: type the value measured (a value recorded is replaced, never emptied)</source>
        <translation>показатель %1: введите измеренное значение (записанное значение можно заменить, но не стереть)</translation>
    </message>
    <message>
        <source>%1 on track, %2 at risk, %3 off track, %4 not judged</source>
        <translation>идут по плану: %1; под угрозой: %2; отклоняются от плана: %3; не оценено: %4</translation>
    </message>
</context>
<context>
    <name>ProgressRepliesDialog</name>
    <message>
        <source>Progress reported by the institutions</source>
        <translation>Ход выполнения по сообщениям учреждений</translation>
    </message>
    <message>
        <source>Each institution leading actions reports their progress in a workbook: send it the workbook of a period, then receive its reply. The reply&apos;s rows are proposals: no progress changes until you accept one.</source>
        <translation>Каждое учреждение, ответственное за меры, сообщает о ходе их выполнения в рабочей книге: отправьте ему книгу за период, затем получите ответ. Строки ответа — это предложения: ничего не записывается, пока вы не примете предложение.</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Отчетный период:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Send a workbook…</source>
        <translation>Отправить &amp;книгу…</translation>
    </message>
    <message>
        <source>As an &amp;XLSForm for ODK or Kobo</source>
        <translation>В виде формы &amp;XLSForm для ODK или Kobo</translation>
    </message>
    <message>
        <source>&amp;Receive a reply…</source>
        <translation>&amp;Получить ответ…</translation>
    </message>
    <message>
        <source>A returned workbook, or a KoboToolbox export (.xlsx) of the form&apos;s submissions</source>
        <translation>Возвращенная книга или выгрузка KoboToolbox (.xlsx) ответов на форму</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Пр&amp;инять</translation>
    </message>
    <message>
        <source>Accep&amp;t all</source>
        <translation>Принять &amp;все</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Отк&amp;лонить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Open proposals of the plan&apos;s progress</source>
        <translation>Нерассмотренные предложения о ходе выполнения плана</translation>
    </message>
    <message>
        <source>(replaces what is recorded)</source>
        <translation>(заменяет записанное)</translation>
    </message>
    <message>
        <source>Action %1, %2</source>
        <translation>Мера %1, %2</translation>
    </message>
    <message>
        <source>Indicator %1, %2</source>
        <translation>Показатель %1, %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>No action names the institution leading it.</source>
        <translation>Ни в одной мере не указано ответственное учреждение.</translation>
    </message>
    <message>
        <source>Save the progress workbook</source>
        <translation>Сохранить книгу о ходе выполнения</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the progress workbook</source>
        <translation>Создание книги о ходе выполнения</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Receive an institution&apos;s reply</source>
        <translation>Получить ответ учреждения</translation>
    </message>
    <message>
        <source>Workbooks and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>Книги и выгрузки ODK или Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Reading the reply</source>
        <translation>Чтение ответа</translation>
    </message>
    <message>
        <source>%1 for %2: this reply, filled %3, is older than the one of %4 received before: set aside, nothing stored.</source>
        <translation>%1 за %2: этот ответ, заполненный %3, старше ответа от %4, полученного раньше: отложен, ничего не записано.</translation>
    </message>
    <message>
        <source>%1 for %2: this reply states no time it was filled, unlike the one of %3 received before: set aside, nothing stored.</source>
        <translation>%1 за %2: в этом ответе не указано, когда он заполнен, в отличие от ответа от %3, полученного раньше: отложен, ничего не записано.</translation>
    </message>
    <message>
        <source>%1 for %2: %3 proposed, %4 as recorded already.</source>
        <translation>%1 за %2: предложено — %3, совпадает с записанным — %4.</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken on your word, not by the time it states (the one received before is of %2).</source>
        <translation>Ответов за период: %1; этот принят по вашему решению, а не по указанному в нем времени (полученный раньше — от %2).</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one, of %2, is the newest.</source>
        <translation>Ответов за период: %1; этот, от %2, самый новый.</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken as the one received last (no time they state tells them apart).</source>
        <translation>Ответов за период: %1; этот принят как полученный последним (указанное в них время их не различает).</translation>
    </message>
    <message>
        <source>Reply set aside</source>
        <translation>Ответ отложен</translation>
    </message>
    <message>
        <source>Take this reply all the same? Its proposals then supersede the open ones of the reply received before.</source>
        <translation>Все же принять этот ответ? Его предложения тогда заменят открытые предложения ответа, полученного раньше.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: %s.</source>
        <translation>Только для чтения:&#xa0;%s.</translation>
    </message>
</context>
<context>
    <name>ResultsChainDialog</name>
    <message>
        <source>Overall objective</source>
        <translation>Общая цель</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Конечный результат</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Непосредственный результат</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Results chain</source>
        <translation>Цепочка результатов</translation>
    </message>
    <message>
        <source>Overall objective (impact)</source>
        <translation>Общая цель (воздействие)</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>A&amp;ssumptions:</source>
        <translation>&amp;Допущения:</translation>
    </message>
    <message>
        <source>Outcomes (specific objectives)</source>
        <translation>Конечные результаты (конкретные цели)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Допущения</translation>
    </message>
    <message>
        <source>&amp;Add outcome</source>
        <translation>Добавить &amp;конечный результат</translation>
    </message>
    <message>
        <source>&amp;Remove outcome</source>
        <translation>&amp;Удалить конечный результат</translation>
    </message>
    <message>
        <source>Add &amp;indicator of</source>
        <translation>Добавить &amp;показатель для</translation>
    </message>
    <message>
        <source>Remove in&amp;dicator</source>
        <translation>Удалить пок&amp;азатель</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Что измеряет</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходный уровень</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Год исходного уровня</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Средства проверки</translation>
    </message>
    <message>
        <source>Targets (%1)</source>
        <translation>Целевые значения (%1)</translation>
    </message>
    <message>
        <source>The outcome each action serves (an action is an output)</source>
        <translation>Конечный результат, которому служит каждая мера (мера — это непосредственный результат)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Outcome it serves</source>
        <translation>Конечный результат, которому она служит</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Мера %1</translation>
    </message>
    <message>
        <source>(no outcome yet)</source>
        <translation>(конечный результат не указан)</translation>
    </message>
    <message>
        <source>The results chain typed is not saved.</source>
        <translation>Введенная цепочка результатов не сохранена.</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Новый конечный результат</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Новый показатель</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Not reviewed</source>
        <translation>Не проверен</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Подтвержден</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Требует уточнения</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспорен</translation>
    </message>
    <message>
        <source>Review: ✓ validated, ? needs follow-up, ✗ disputed.</source>
        <translation>Проверка: ✓ подтвержден, ? требует уточнения, ✗ оспорен.</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>подтвержден</translation>
    </message>
    <message>
        <source>marked for follow-up</source>
        <translation>отмечен как требующий уточнения</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>оспорен</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>the answer changed after it was %1 by %2 on %3</source>
        <translation>ответ изменен после того, как он был %1 (проверяющий: %2, %3)</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>проверяющий: %1, %2</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Review:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Примечание к проверке</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Примечание (необязательно)</translation>
    </message>
    <message>
        <source>Note: what is disputed, what to follow up</source>
        <translation>Примечание: что оспаривается, что нужно уточнить</translation>
    </message>
    <message>
        <source>Review of this answer: %s</source>
        <translation>Проверка этого ответа: %s</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Воздействие</translation>
    </message>
    <message>
        <source>Mitigating measure</source>
        <translation>Мера по снижению риска</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный за риск</translation>
    </message>
    <message>
        <source>Add &amp;risk</source>
        <translation>До&amp;бавить риск</translation>
    </message>
    <message>
        <source>Remo&amp;ve risk</source>
        <translation>Уда&amp;лить риск</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <source>Section scores chart</source>
        <translation>Диаграмма оценок по разделам</translation>
    </message>
    <message>
        <source>(round %1: %2)</source>
        <translation>(цикл&#xa0;%1:&#xa0;%2)</translation>
    </message>
    <message>
        <source>Click to open the section.</source>
        <translation>Щелкните, чтобы открыть раздел.</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>the database is on a network share, where SQLite cannot lock it safely: copy it to this computer and open the copy</source>
        <translation>база данных находится в сетевой папке, где SQLite не может надежно ее заблокировать: скопируйте ее на этот компьютер и откройте копию</translation>
    </message>
    <message>
        <source>the title is one line (it holds a line break)</source>
        <translation>название&#xa0;— одна строка (в нем есть перевод строки)</translation>
    </message>
    <message>
        <source>is a folder, not a workbook</source>
        <translation>это папка, а не рабочая книга</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>база данных открыта только для чтения</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>база данных закрыта</translation>
    </message>
    <message>
        <source>no permission to read the database</source>
        <translation>нет разрешения на чтение базы данных</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: set its status back to “In progress” to change it</source>
        <translation>оценка %1 (%2) окончательная: чтобы изменить ее, верните ей статус «В работе»</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: nothing was imported; set its status back to “In progress” to import into it</source>
        <translation>оценка %1 (%2) окончательная: ничего не импортировано; чтобы импортировать в нее, верните ей статус «В работе»</translation>
    </message>
    <message>
        <source>the round must be a year from %1 to %2, not %3</source>
        <translation>цикл должен быть годом от %1 до %2, а не %3</translation>
    </message>
    <message>
        <source>unknown answer key for questionnaire %1 %2</source>
        <translation>неизвестный ключ ответа для вопросника %1 %2</translation>
    </message>
    <message>
        <source>questionnaire version %1 cannot be imported: no declared mapping to version %2 (assessments/mappings)</source>
        <translation>версию вопросника %1 нельзя импортировать: не объявлено соответствие версии %2 (assessments/mappings)</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>отсутствует поле %1</translation>
    </message>
    <message>
        <source>unknown country code %1</source>
        <translation>неизвестный код страны: %1</translation>
    </message>
    <message>
        <source>round must be a year, got %1</source>
        <translation>цикл должен быть годом, а не %1</translation>
    </message>
    <message>
        <source>%1 appears twice (rows %2 and %3)</source>
        <translation>%1 встречается дважды (строки %2 и %3)</translation>
    </message>
    <message>
        <source>holds the spreadsheet error %1, not a value (type the value)</source>
        <translation>содержит ошибку электронной таблицы %1, а не значение (введите значение)</translation>
    </message>
    <message>
        <source>backup folder %1: %2</source>
        <translation>папка резервных копий %1: %2</translation>
    </message>
    <message>
        <source>cannot write the backup taken before an import (%1)</source>
        <translation>не удается записать резервную копию перед импортом (%1)</translation>
    </message>
    <message>
        <source>cannot write the daily backup (%1)</source>
        <translation>не удается записать ежедневную резервную копию (%1)</translation>
    </message>
    <message>
        <source>cannot write the backup (%1)</source>
        <translation>не удается записать резервную копию (%1)</translation>
    </message>
    <message>
        <source>cannot create the lock file (%1)</source>
        <translation>не удается создать файл блокировки (%1)</translation>
    </message>
    <message>
        <source>cannot open the database (%1)</source>
        <translation>не удается открыть базу данных (%1)</translation>
    </message>
    <message>
        <source>.%1 files cannot be attached (allowed: %2)</source>
        <translation>файлы .%1 нельзя приложить (допускаются: %2)</translation>
    </message>
    <message>
        <source>a file without an extension cannot be attached (allowed: %1)</source>
        <translation>файл без расширения нельзя приложить (допускаются: %1)</translation>
    </message>
    <message>
        <source>the file is %1 MB; the limit is %2 MB per document</source>
        <translation>размер файла — %1 МБ; предел — %2 МБ на документ</translation>
    </message>
    <message>
        <source>the assessment&apos;s documents would take %1 MB; the limit is %2 MB per assessment</source>
        <translation>документы оценки заняли бы %1 МБ; предел — %2 МБ на оценку</translation>
    </message>
    <message>
        <source>this document is already attached to %1 (as %2, SHA-256 %3)</source>
        <translation>этот документ уже приложен к %1 (как %2, SHA-256 %3)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>не удается прочитать (%1)</translation>
    </message>
    <message>
        <source>the package is too large (%1 MB; the limit is %2 MB)</source>
        <translation>пакет слишком велик (%1 МБ; предел — %2 МБ)</translation>
    </message>
    <message>
        <source>the package is damaged or truncated (zip: %1)</source>
        <translation>пакет поврежден или обрезан (zip: %1)</translation>
    </message>
    <message>
        <source>too many members (%1; the limit is %2)</source>
        <translation>слишком много элементов (%1; предел — %2)</translation>
    </message>
    <message>
        <source>member %1 is a folder that holds data or is named unsafely (a package holds files only)</source>
        <translation>элемент %1 — папка с данными или с небезопасным именем (пакет содержит только файлы)</translation>
    </message>
    <message>
        <source>member %1 is refused: an absolute path or a path with “\”</source>
        <translation>элемент %1 отклонен: абсолютный путь или путь с «\»</translation>
    </message>
    <message>
        <source>member %1 is refused: a path with “..”, “.” or an empty part</source>
        <translation>элемент %1 отклонен: путь с «..», «.» или пустой частью</translation>
    </message>
    <message>
        <source>member %1 is refused: a control character in its name</source>
        <translation>элемент %1 отклонен: в его имени есть управляющий символ</translation>
    </message>
    <message>
        <source>two members are named %1</source>
        <translation>два элемента называются %1</translation>
    </message>
    <message>
        <source>member %1 is a folder (a package holds files only)</source>
        <translation>элемент %1 — папка (пакет содержит только файлы)</translation>
    </message>
    <message>
        <source>member %1 is a link or a special file</source>
        <translation>элемент %1 — ссылка или специальный файл</translation>
    </message>
    <message>
        <source>member %1 is compressed %2 times (limit %3; possible zip bomb)</source>
        <translation>элемент %1 сжат в %2 раз (предел — %3; возможна zip-бомба)</translation>
    </message>
    <message>
        <source>the package would decompress to %1 MB (possible zip bomb)</source>
        <translation>после распаковки пакет занял бы %1 МБ (возможна zip-бомба)</translation>
    </message>
    <message>
        <source>manifest.json is too large (%1 MB)</source>
        <translation>файл manifest.json слишком велик (%1 МБ)</translation>
    </message>
    <message>
        <source>member %1 is not in the manifest</source>
        <translation>элемент %1 отсутствует в манифесте</translation>
    </message>
    <message>
        <source>member %1 of the manifest is missing</source>
        <translation>элемент %1, указанный в манифесте, отсутствует</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (size %2, listed %3; the limit is %4 MB)</source>
        <translation>элемент %1 не соответствует манифесту (размер %2, указано %3; предел — %4 МБ)</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (its SHA-256 differs)</source>
        <translation>элемент %1 не соответствует манифесту (его SHA-256 отличается)</translation>
    </message>
    <message>
        <source>the documents take more than %1 MB</source>
        <translation>документы занимают более %1 МБ</translation>
    </message>
    <message>
        <source>member %1 could not be unpacked (%2)</source>
        <translation>не удалось распаковать элемент %1 (%2)</translation>
    </message>
    <message>
        <source>the manifest attaches a document it does not hold (%1)</source>
        <translation>манифест прикрепляет документ, которого нет в пакете (%1)</translation>
    </message>
    <message>
        <source>document %1 is attached to nothing in the manifest</source>
        <translation>документ %1 ни к чему не прикреплен в манифесте</translation>
    </message>
    <message>
        <source>member %1 decompresses to more than it declares (possible zip bomb)</source>
        <translation>элемент %1 при распаковке превышает заявленный размер (возможна zip-бомба)</translation>
    </message>
    <message>
        <source>the package is damaged (member %1 is shorter than declared)</source>
        <translation>пакет поврежден (элемент %1 короче заявленного)</translation>
    </message>
    <message>
        <source>the package is damaged (member %1: %2)</source>
        <translation>пакет поврежден (элемент %1: %2)</translation>
    </message>
    <message>
        <source>the stored document %1 does not match its SHA-256 (damaged database?); no package written</source>
        <translation>сохраненный документ %1 не соответствует своему SHA-256 (повреждена база данных?); пакет не записан</translation>
    </message>
    <message>
        <source>manifest.json is not valid: version %1 (this application reads version %2)</source>
        <translation>файл manifest.json недействителен: версия %1 (это приложение читает версию %2)</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is neither workbook.xlsx nor documents/&lt;sha256&gt;.&lt;ext&gt;</source>
        <translation>файл manifest.json недействителен: элемент %1 — не workbook.xlsx и не documents/&lt;sha256&gt;.&lt;ext&gt;</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not named by its SHA-256</source>
        <translation>файл manifest.json недействителен: имя элемента %1 не совпадает с его SHA-256</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not a kind that may be attached</source>
        <translation>файл manifest.json недействителен: элемент %1 не относится к типу, который можно прикрепить</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is an empty document (a document attached is never empty)</source>
        <translation>файл manifest.json недействителен: элемент %1 — пустой документ (прикрепленный документ не бывает пустым)</translation>
    </message>
    <message>
        <source>manifest.json is not valid: an attachment&apos;s field “%1” is longer than %2 characters</source>
        <translation>файл manifest.json недействителен: поле «%1» вложения длиннее %2 символов</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: its time %2 is not a date and time</source>
        <translation>файл manifest.json недействителен: вложение %1: его время %2 не является датой и временем</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1 to %2 listed twice</source>
        <translation>файл manifest.json недействителен: вложение %1 к %2 указано дважды</translation>
    </message>
    <message>
        <source>manifest.json is not valid: %1 listed twice</source>
        <translation>файл manifest.json недействителен: %1 указан дважды</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: %2</source>
        <translation>файл manifest.json недействителен: вложение %1: %2</translation>
    </message>
    <message>
        <source>the year %1 must be a year from %2 to %3</source>
        <translation>год %1 должен быть в пределах от %2 до %3</translation>
    </message>
    <message>
        <source>the amount %1 has decimals: %2 has none</source>
        <translation>сумма %1 содержит дробную часть: у %2 ее нет</translation>
    </message>
    <message>
        <source>the amount %1 has more decimals than %2 has (%3)</source>
        <translation>в сумме %1 больше десятичных знаков, чем у %2 (%3)</translation>
    </message>
    <message>
        <source>the amount executed %1 has decimals: %2 has none</source>
        <translation>исполненная сумма %1 содержит дробную часть: у %2 ее нет</translation>
    </message>
    <message>
        <source>the amount executed %1 has more decimals than %2 has (%3)</source>
        <translation>в исполненной сумме %1 больше десятичных знаков, чем у %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency of the country table (for example XOF, EUR or USD)</source>
        <translation>%1 не является валютой ISO 4217 из таблицы стран (например, XOF, EUR или USD)</translation>
    </message>
    <message>
        <source>the currency %1 is not an ISO 4217 code (three capital letters, such as XOF or USD)</source>
        <translation>валюта %1 не является кодом ISO 4217 (три заглавные буквы, например XOF или USD)</translation>
    </message>
    <message>
        <source>the amount %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>сумма %1 слишком велика: суммы должны быть меньше 10000000000000 (десяти триллионов)</translation>
    </message>
    <message>
        <source>the amount executed %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>исполненная сумма %1 слишком велика: суммы должны быть меньше 10000000000000 (десяти триллионов)</translation>
    </message>
    <message>
        <source>the amount %1 has %2 decimals: at most %3</source>
        <translation>сумма %1 содержит %2 знаков после запятой: не более %3</translation>
    </message>
    <message>
        <source>the amount executed %1 has %2 decimals: at most %3</source>
        <translation>исполненная сумма %1 содержит %2 знаков после запятой: не более %3</translation>
    </message>
    <message>
        <source>the amount %1 has more than %2 digits</source>
        <translation>сумма %1 содержит более %2 цифр</translation>
    </message>
    <message>
        <source>the amount executed %1 has more than %2 digits</source>
        <translation>исполненная сумма %1 содержит более %2 цифр</translation>
    </message>
    <message>
        <source>the exchange rate %1 is not a number: write it with a point for decimals, such as 605.25</source>
        <translation>обменный курс %1 не является числом: отделяйте дробную часть запятой, например 605,25</translation>
    </message>
    <message>
        <source>the exchange rate must be a number above zero, not %1</source>
        <translation>обменный курс должен быть числом больше нуля, а не %1</translation>
    </message>
    <message>
        <source>the exchange rate %1 has too many digits: at most %2, %3 of them decimals</source>
        <translation>в обменном курсе %1 слишком много цифр: не более %2, из них %3 после запятой</translation>
    </message>
    <message>
        <source>the date of the %1 rate must be a date YYYY-MM-DD, not %2</source>
        <translation>дата курса %1 должна быть в формате ГГГГ-ММ-ДД, а не %2</translation>
    </message>
    <message>
        <source>two exchange rates for %1: keep one</source>
        <translation>два обменных курса для %1: оставьте один</translation>
    </message>
    <message>
        <source>a plan has at most %1 exchange rates</source>
        <translation>в плане может быть не более %1 обменных курсов</translation>
    </message>
    <message>
        <source>the funder&apos;s name is longer than %1 characters (%2)</source>
        <translation>название источника финансирования длиннее %1 символов (%2)</translation>
    </message>
    <message>
        <source>the rate&apos;s source is longer than %1 characters (%2)</source>
        <translation>источник обменного курса длиннее %1 символов (%2)</translation>
    </message>
    <message>
        <source>cost line %1: %2</source>
        <translation>строка расходов %1: %2</translation>
    </message>
    <message>
        <source>the assessment would hold %1 MB of text (answers, comments, evidence, the action plan, review notes), more than a workbook carries (%2 MB): shorten the longest texts or attach long documents as files</source>
        <translation>в оценке было бы %1&#xa0;МБ текста (ответы, комментарии, источники, план действий, заметки проверки)&#xa0;— больше, чем вмещает рабочая книга (%2&#xa0;МБ): сократите самые длинные тексты или приложите длинные документы файлами</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>the reporting period %1 is not a year such as 2026 or a half-year such as 2026-H1</source>
        <translation>отчетный период %1 не является ни годом (например, 2026), ни полугодием (например, 2026-H1)</translation>
    </message>
    <message>
        <source>the period %1 is before the plan, which starts in %2</source>
        <translation>период %1 предшествует началу плана (%2 г.)</translation>
    </message>
    <message>
        <source>the period %1 has not begun (today is %2)</source>
        <translation>период %1 еще не начался (сегодня %2)</translation>
    </message>
    <message>
        <source>the period %1 is outside the plan&apos;s years (%2–%3)</source>
        <translation>период %1 выходит за рамки срока плана (%2–%3)</translation>
    </message>
    <message>
        <source>give the date the value of indicator %1 was measured</source>
        <translation>укажите дату измерения значения показателя %1</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 is not a date YYYY-MM-DD: %2</source>
        <translation>дата значения показателя %1 не является датой в формате ГГГГ-ММ-ДД: %2</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 (%2) is after today (%3)</source>
        <translation>дата значения показателя %1 (%2) позже сегодняшней (%3)</translation>
    </message>
    <message>
        <source>the value of indicator %1 (%2) is not a number: write digits, such as 42 or 37.5</source>
        <translation>значение показателя %1 (%2) не является числом: введите цифры, например 42 или 37,5</translation>
    </message>
    <message>
        <source>action %1 has progress recorded for %2: it stays in the plan so that its money stays counted; report it as dropped, with the reason, or remove its progress first</source>
        <translation>по мероприятию %1 записан ход выполнения за %2: оно остается в плане, чтобы его средства оставались учтенными; отметьте его как отмененное, указав причину, или сначала удалите его ход выполнения</translation>
    </message>
    <message>
        <source>cost line %1 of action %2 (%3, %4) holds money recorded for %5: it keeps its place, year, currency and funder (change its amount, or add a new line after it)</source>
        <translation>статья расходов %1 мероприятия %2 (%3, %4) содержит средства, записанные за %5: она сохраняет свое место, год, валюту и источник финансирования (измените ее сумму или добавьте новую статью после нее)</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters (%2): shorten it</source>
        <translation>название длиннее %1 знаков (%2): сократите его</translation>
    </message>
    <message>
        <source>%1 already has an assessment for round %2 (%4): open it, or choose another round</source>
        <translation>у %1 уже есть оценка цикла %2 (%4): откройте ее или выберите другой цикл</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is the database or one of its files; it is never attached as a document</source>
        <translation>это база данных или один из ее файлов; такой файл никогда не прилагается как документ</translation>
    </message>
    <message>
        <source>is a backup of the database; it is never attached as a document</source>
        <translation>это резервная копия базы данных; резервные копии никогда не прилагаются как документы</translation>
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
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open the selected assessment (home)</source>
        <translation>Открыть выбранную оценку (на главной странице)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Assessment details: title, round, country</source>
        <translation>Сведения об оценке: название, цикл, страна</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the assessment, back to the list</source>
        <translation>Закрыть оценку и&#xa0;вернуться к&#xa0;списку</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation>Отменить последний ответ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>Поиск в&#xa0;вопросах, идентификаторах и&#xa0;комментариях</translation>
    </message>
    <message>
        <source>F3 / Shift+F3</source>
        <translation>F3 / Shift+F3</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Следующее / предыдущее совпадение</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Next unanswered item</source>
        <translation>Следующий элемент без ответа</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Previous unanswered item</source>
        <translation>Предыдущий элемент без ответа</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Review the current answer (a question, a grid row, a matrix cell)</source>
        <translation>Проверить текущий ответ (вопрос, строку таблицы, ячейку матрицы)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>History of the current answer: who, when, restore a value</source>
        <translation>История текущего ответа: кто, когда, восстановить значение</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Next answer not reviewed</source>
        <translation>Следующий непроверенный ответ</translation>
    </message>
    <message>
        <source>Ctrl+1 / 2 / 3</source>
        <translation>Ctrl+1 / 2 / 3</translation>
    </message>
    <message>
        <source>Questions / Matrix / Dashboard</source>
        <translation>Вопросы / Матрица / Сводная панель</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Focus the navigator</source>
        <translation>Перейти к&#xa0;навигатору</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Next questionnaire language</source>
        <translation>Следующий язык вопросника</translation>
    </message>
    <message>
        <source>Alt+Down / Alt+Up</source>
        <translation>Alt+Down / Alt+Up</translation>
    </message>
    <message>
        <source>Next / previous section</source>
        <translation>Следующий / предыдущий раздел</translation>
    </message>
    <message>
        <source>Enter (matrix)</source>
        <translation>Enter (матрица)</translation>
    </message>
    <message>
        <source>Edit the current cell&apos;s fields</source>
        <translation>Изменить поля текущей ячейки</translation>
    </message>
    <message>
        <source>Esc (matrix panel)</source>
        <translation>Esc (панель матрицы)</translation>
    </message>
    <message>
        <source>Back to the grid</source>
        <translation>Вернуться к&#xa0;таблице</translation>
    </message>
    <message>
        <source>F4 (grid)</source>
        <translation>F4 (таблица)</translation>
    </message>
    <message>
        <source>Open a cell&apos;s list or calendar</source>
        <translation>Открыть список или календарь ячейки</translation>
    </message>
    <message>
        <source>Delete (grid)</source>
        <translation>Delete (таблица)</translation>
    </message>
    <message>
        <source>Clear a cell</source>
        <translation>Очистить ячейку</translation>
    </message>
    <message>
        <source>Shift+F10 (grid)</source>
        <translation>Shift+F10 (таблица)</translation>
    </message>
    <message>
        <source>Don&apos;t know / not applicable / clear</source>
        <translation>Не знаю / не применимо / очистить</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the workbook</source>
        <translation>Экспорт рабочей книги</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Доклад в&#xa0;PDF</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Help (offline)</source>
        <translation>Справка (автономная)</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Completeness: %1 of the primary questions answered or not applicable, weighted by section (the method asks at least %2).</source>
        <translation>Полнота: получены ответы (включая ответ «не применимо») на %1 основных вопросов с учетом весов разделов (методика требует не менее %2).</translation>
    </message>
    <message>
        <source>Open follow-ups: %1.</source>
        <translation>Открытые вопросы для уточнения: %1.</translation>
    </message>
    <message>
        <source>Answers not reviewed: %1 of %2.</source>
        <translation>Непроверенные ответы: %1 из %2.</translation>
    </message>
    <message>
        <source>Disputed answers: %1.</source>
        <translation>Оспоренные ответы: %1.</translation>
    </message>
    <message>
        <source>Answers citing a document that is not attached: %1.</source>
        <translation>Ответы со ссылкой на неприложенный документ: %1.</translation>
    </message>
    <message>
        <source>The score is provisional: too little is known for a band.</source>
        <translation>Оценка предварительная: известно слишком мало для определения уровня.</translation>
    </message>
    <message>
        <source>The supervisor has not signed the reviews off (Edit ▸ Sign off the reviews).</source>
        <translation>Руководитель не подтвердил проверку ответов (Правка ▸ Подтвердить проверку ответов).</translation>
    </message>
    <message>
        <source>Answers reviewed: %1 of %2.</source>
        <translation>Проверено ответов: %1 из %2.</translation>
    </message>
    <message>
        <source>The reviews cannot be signed off yet: review every answer (F8 goes to the next one) and settle every follow-up first.</source>
        <translation>Проверку пока нельзя подтвердить: сначала проверьте каждый ответ (F8 — к следующему) и закройте все вопросы для уточнения.</translation>
    </message>
    <message>
        <source>The reviews can be signed off. Disputed answers and missing documents are written into the record and printed on the report&apos;s cover.</source>
        <translation>Проверку можно подтвердить. Оспоренные ответы и недостающие документы записываются в журнал и указываются на обложке доклада.</translation>
    </message>
    <message>
        <source>Reviews signed off by %1 (%2) on %3.</source>
        <translation>Проверка ответов подтверждена: %1 (%2), %3.</translation>
    </message>
    <message>
        <source>It cannot be validated yet: bring completeness up to the threshold and settle every follow-up first.</source>
        <translation>Утвердить пока нельзя: сначала доведите полноту до порога и закройте все вопросы для уточнения.</translation>
    </message>
    <message>
        <source>It can be validated. What stands open above is written into the validation&apos;s record and printed under the validation on the report&apos;s cover.</source>
        <translation>Оценку можно утвердить. Нерешенные вопросы, перечисленные выше, записываются в историю утверждения и указываются на обложке доклада под сведениями об утверждении.</translation>
    </message>
    <message>
        <source>It can be validated: nothing stands open.</source>
        <translation>Утвердить можно: ничего не остается открытым.</translation>
    </message>
    <message>
        <source>Validated for the national statistics office by %1 (%2, %3) on %4.</source>
        <translation>Утверждено от имени национального статистического управления: %1 (%2, %3), %4.</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>Validate for the national statistics office</source>
        <translation>Утверждение оценки национальным статистическим управлением</translation>
    </message>
    <message>
        <source>Record who validates this assessment for the national statistics office. It becomes final: read-only until it is reopened, with a reason. The validation is printed on the report&apos;s cover and carried in the workbook.</source>
        <translation>Укажите, кто утверждает эту оценку от имени национального статистического управления. Оценка становится окончательной: доступна только для чтения, пока ее не откроют повторно с указанием причины. Сведения об утверждении печатаются на обложке доклада и передаются в&#xa0;рабочей книге.</translation>
    </message>
    <message>
        <source>e.g. Director-General</source>
        <translation>например, генеральный директор</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>У&amp;чреждение:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <source>Give the name, position and institution of the person who validates, and the date.</source>
        <translation>Укажите имя, должность и учреждение лица, утверждающего оценку, а также дату.</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>Sign off the reviews</source>
        <translation>Подтвердить проверку ответов</translation>
    </message>
    <message>
        <source>The mission&apos;s supervisor certifies that every answer was reviewed. This is not the national statistics office&apos;s validation, which comes after it. The supervisor is named here; the laptop&apos;s operator is recorded as who entered it.</source>
        <translation>Руководитель миссии подтверждает, что каждый ответ проверен. Это не утверждение оценки национальным статистическим управлением, которое следует после. Здесь указывается руководитель; оператор компьютера записывается как тот, кто внес запись.</translation>
    </message>
    <message>
        <source>e.g. Mission supervisor</source>
        <translation>например, руководитель миссии</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Give the supervisor&apos;s name and position, and the date.</source>
        <translation>Укажите имя и должность руководителя, а также дату.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Открыть повторно</translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation>Повторное открытие оценки</translation>
    </message>
    <message>
        <source>Reopening withdraws the validation: the report&apos;s cover and the workbook will say it was withdrawn, when, by whom and why, and list the answers changed afterwards. It can be validated again once the changes are made.</source>
        <translation>Повторное открытие отзывает утверждение: на обложке доклада и в книге будет указано, что оно отозвано, когда, кем и почему, и перечислены ответы, измененные после этого. После внесения изменений оценку можно утвердить снова.</translation>
    </message>
    <message>
        <source>It withdraws the supervisor&apos;s review sign-off too: the reviews are signed off again before the next validation.</source>
        <translation>Это отменяет и подтверждение проверки руководителем: перед следующим утверждением оценки проверку нужно подтвердить снова.</translation>
    </message>
    <message>
        <source>This assessment is final. Say why it is reopened: the rea&amp;son is recorded with your name and the time.</source>
        <translation>Эта оценка окончательная. Укажите, почему она открывается повторно: п&amp;ричина записывается вместе с&#xa0;вашим именем и временем.</translation>
    </message>
    <message>
        <source>Say why the assessment is reopened: a reason is required.</source>
        <translation>Укажите, почему оценка открывается повторно: причина обязательна.</translation>
    </message>
    <message>
        <source>This assessment is already final: reopen it (Status), with a reason, to validate it again.</source>
        <translation>Эта оценка уже окончательная: чтобы утвердить ее снова, откройте ее повторно (Статус), указав причину.</translation>
    </message>
    <message>
        <source>This assessment is final: the reviews are signed off before the validation. Reopen it (Status), with a reason, to sign them off again.</source>
        <translation>Эта оценка окончательная: проверка подтверждается до утверждения оценки. Чтобы подтвердить ее снова, откройте оценку повторно (Статус), указав причину.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Damaged database</source>
        <translation>Поврежденная база данных</translation>
    </message>
    <message>
        <source>{error}

Restore the newest good backup?
{backup}

The damaged file is kept next to it with the suffix .damaged.</source>
        <translation>{error}

Восстановить последнюю исправную резервную копию?
{backup}

Поврежденный файл сохраняется рядом с&#xa0;ней с&#xa0;суффиксом .damaged.</translation>
    </message>
</context>
<context>
    <name>StatusControl</name>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>Status of the assessment</source>
        <translation>Статус оценки</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Progress of %s</source>
        <translation>Ход выполнения:&#xa0;%s</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Not saved yet</source>
        <translation>Еще не сохранено</translation>
    </message>
    <message>
        <source>Save before going on?</source>
        <translation>Сохранить перед тем, как продолжить?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <source>the data folder cannot be written (it is read-only, or on a read-only drive)</source>
        <translation>в&#xa0;папку данных невозможно записать данные (она доступна только для чтения или находится на диске только для чтения)</translation>
    </message>
    <message>
        <source>the disk is full (free some space)</source>
        <translation>диск заполнен (освободите место)</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>база данных используется другой программой</translation>
    </message>
    <message>
        <source>the disk could not be written (was the drive removed?)</source>
        <translation>не удалось выполнить запись на диск (не был ли он извлечен?)</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>база данных закрыта</translation>
    </message>
    <message>
        <source>the database could not be written</source>
        <translation>не удалось выполнить запись в&#xa0;базу данных</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>A year from %d to %d</source>
        <translation>Год от&#xa0;%d до&#xa0;%d</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>The window&apos;s preferences cannot be read</source>
        <translation>Не удается прочитать параметры окна</translation>
    </message>
    <message>
        <source>{file}

This is not a file the window can read its preferences from (a named pipe, a device or a folder, or a file larger than 1 MB). Move it away or delete it, then start the application again.</source>
        <translation>{file}

Окно не может прочитать свои параметры из этого файла (это именованный канал, устройство или папка либо файл размером более 1&#xa0;МБ). Переместите или удалите его, затем снова запустите приложение.</translation>
    </message>
    <message>
        <source>Moving the data folder</source>
        <translation>Перемещение папки данных</translation>
    </message>
    <message>
        <source>Moving the data folder chosen in Preferences (the database and its backups are copied, then checked)…</source>
        <translation>Перемещение папки данных, выбранной в окне «Параметры» (база данных и ее резервные копии копируются, затем проверяются)…</translation>
    </message>
    <message>
        <source>Upgrading the database</source>
        <translation>Обновление базы данных</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of the application (a backup of it is taken first)…</source>
        <translation>Обновление базы данных для этой версии приложения (сначала создается ее резервная копия)…</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Папку данных невозможно использовать</translation>
    </message>
</context>
</TS>
