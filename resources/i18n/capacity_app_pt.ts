<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Generated from resources/i18n/window.pt.yaml by tools/translations.py release: edit the catalogue, not this file. -->
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>user interface</source>
        <translation>interface do utilizador</translation>
    </message>
    <message>
        <source>language runtime</source>
        <translation>ambiente de execução da linguagem</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de dados</translation>
    </message>
    <message>
        <source>PDF reports</source>
        <translation>relatórios em PDF</translation>
    </message>
    <message>
        <source>report templates</source>
        <translation>modelos de relatório</translation>
    </message>
    <message>
        <source>Excel workbooks (writing)</source>
        <translation>livros Excel (escrita)</translation>
    </message>
    <message>
        <source>report charts</source>
        <translation>gráficos dos relatórios</translation>
    </message>
    <message>
        <source>questionnaire files</source>
        <translation>ficheiros de questionário</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>linha de comandos</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>pasta de dados</translation>
    </message>
    <message>
        <source>dates and numbers in the application&apos;s languages (%1)</source>
        <translation>datas e números nas línguas da aplicação (%1)</translation>
    </message>
    <message>
        <source>country and region names and codes in the six official UN languages, currencies, LDC, LLDC and SIDS lists (resources/data/m49.SOURCE.md)</source>
        <translation>nomes e códigos de países e regiões nas seis línguas oficiais das Nações Unidas, moedas, listas de PMA, PDSL e PEID (resources/data/m49.SOURCE.md)</translation>
    </message>
    <message>
        <source>the report&apos;s font</source>
        <translation>o tipo de letra do relatório</translation>
    </message>
    <message>
        <source>Arabic, Chinese, Japanese and Korean in the reports and the window</source>
        <translation>árabe, chinês, japonês e coreano nos relatórios e na janela</translation>
    </message>
    <message>
        <source>%1: translation reviewed by %2, %3</source>
        <translation>%1: tradução revista por %2, %3</translation>
    </message>
    <message>
        <source>%1: a first translation, to be reviewed by a United Nations translator</source>
        <translation>%1: uma primeira tradução, a rever por um tradutor das Nações Unidas</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>Avaliação da capacidade em dados sobre migração</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>Versão %s</translation>
    </message>
    <message>
        <source>Questionnaire version %s</source>
        <translation>Versão do questionário %s</translation>
    </message>
    <message>
        <source>Data folder: %s</source>
        <translation>Pasta de dados: %s</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>Base de dados: %s</translation>
    </message>
    <message>
        <source>Built on the UNSD toolkit to assess national migration data capacity (2018). Works offline: it never uses the network.</source>
        <translation>Desenvolvida com base no conjunto de ferramentas da UNSD para avaliar a capacidade nacional em dados sobre migração (2018). Funciona sem ligação: nunca utiliza a rede.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>What the application ships, and under which licence</source>
        <translation>O que a aplicação inclui e ao abrigo de que licença</translation>
    </message>
</context>
<context>
    <name>AchievedDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>What the earlier plan achieved</source>
        <translation>O que o plano anterior alcançou</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The earlier plan&apos;s actions and the gaps they targeted</source>
        <translation>As ações do plano anterior e as lacunas a que se dirigiam</translation>
    </message>
    <message>
        <source>The plan of round %1: each action&apos;s outcome, and under it the gaps it targeted, their gap then and now (0 none, 3 the largest).</source>
        <translation>O plano da ronda %1: o resultado de cada ação e, por baixo, as lacunas a que se dirigia, com a lacuna de então e a de agora (0 nenhuma, 3 a maior).</translation>
    </message>
    <message>
        <source>no progress report</source>
        <translation>sem relatório de execução</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sem pontuação</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Planned</source>
        <translation>Planeada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>action %s</source>
        <translation>ação %s</translation>
    </message>
    <message>
        <source>removing action %s</source>
        <translation>remoção da ação %s</translation>
    </message>
    <message>
        <source>new action %s</source>
        <translation>nova ação %s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>What the country will do about the gaps: who owns each action, by when, at what cost and funded by whom. Draft the actions from the recommendations, tick the few priority actions, cost them, then record the government&apos;s validation. Every change is saved at once; Ctrl+Z undoes it.</source>
        <translation>O que o país fará quanto às lacunas: quem é responsável por cada ação, até quando, a que custo e com que financiamento. Redija as ações a partir das recomendações, assinale as poucas ações prioritárias, orçamente-as e, depois, registe a validação do Governo. Cada alteração é guardada de imediato; Ctrl+Z anula-a.</translation>
    </message>
    <message>
        <source>Currenc&amp;y…</source>
        <translation>&amp;Moeda…</translation>
    </message>
    <message>
        <source>Re&amp;sults chain…</source>
        <translation>Cadeia de re&amp;sultados…</translation>
    </message>
    <message>
        <source>The overall objective, the outcomes, their indicators with yearly targets, and the outcome each action serves</source>
        <translation>O objetivo geral, os resultados, os respetivos indicadores com metas anuais e o resultado que cada ação serve</translation>
    </message>
    <message>
        <source>Fund&amp;ing request…</source>
        <translation>Pedido de &amp;financiamento…</translation>
    </message>
    <message>
        <source>Who commits the national budget&apos;s part and who signs the request</source>
        <translation>Quem compromete a parte do orçamento nacional e quem assina o pedido</translation>
    </message>
    <message>
        <source>Funding request f&amp;or a partner…</source>
        <translation>Pedido de financiamento &amp;para um parceiro…</translation>
    </message>
    <message>
        <source>The funding request for one development partner, as PDF or Word</source>
        <translation>O pedido de financiamento para um parceiro de desenvolvimento, em PDF ou Word</translation>
    </message>
    <message>
        <source>The plan&apos;s currency and its exchange rates to the US dollar</source>
        <translation>A moeda do plano e as suas taxas de câmbio face ao dólar dos EUA</translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation>&amp;Orçamento…</translation>
    </message>
    <message>
        <source>The cost by year, institution and funding source, and the financing gap</source>
        <translation>O custo por ano, instituição e fonte de financiamento, e o défice de financiamento</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>Pro&amp;gresso…</translation>
    </message>
    <message>
        <source>Earlier p&amp;lan…</source>
        <translation>P&amp;lano anterior…</translation>
    </message>
    <message>
        <source>What the previous round&apos;s plan achieved, beside the gaps it targeted and their scores now</source>
        <translation>O que o plano da ronda anterior alcançou, ao lado das lacunas a que se dirigia e das suas pontuações atuais</translation>
    </message>
    <message>
        <source>The plan followed after its funding: each action&apos;s status, reason and money per reporting period (never amends the validated plan)</source>
        <translation>O acompanhamento do plano após o financiamento: estado, motivo e verbas de cada ação por período de relato (nunca altera o plano validado)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>A cost line: year, amount, funding source (Insert in the list)</source>
        <translation>Uma linha de custo: ano, montante, fonte de financiamento (Insert na lista)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected cost line (Enter in the list)</source>
        <translation>Editar a linha de custo selecionada (Enter na lista)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected cost line (Delete in the list)</source>
        <translation>Remover a linha de custo selecionada (Delete na lista)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Garantido</translation>
    </message>
    <message>
        <source>Cost lines of the action</source>
        <translation>Linhas de custo da ação</translation>
    </message>
    <message>
        <source>Priority action (plan at a glance)</source>
        <translation>Ação prioritária (plano em síntese)</translation>
    </message>
    <message>
        <source>One of the few actions the government chose: at most %d, shown on the report&apos;s one-page plan at a glance</source>
        <translation>Uma das poucas ações escolhidas pelo Governo: no máximo %d, apresentadas no plano em síntese, de uma página, do relatório</translation>
    </message>
    <message>
        <source>e.g. NSDS 2025-2029, objective 3.2</source>
        <translation>p. ex. ENDE 2025-2029, objetivo 3.2</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nova ação</translation>
    </message>
    <message>
        <source>Add an action by hand (Insert in the table)</source>
        <translation>Adicionar uma ação manualmente (Insert na tabela)</translation>
    </message>
    <message>
        <source>Draft from &amp;recommendations</source>
        <translation>Redigir a partir das &amp;recomendações</translation>
    </message>
    <message>
        <source>Add an action for each recommendation of the scoring that the plan does not have yet</source>
        <translation>Adicionar uma ação para cada recomendação da pontuação que o plano ainda não tenha</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up in the table</source>
        <translation>Ctrl+Shift+Up na tabela</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down in the table</source>
        <translation>Ctrl+Shift+Down na tabela</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete in the table)</source>
        <translation>Remover a ação selecionada (Delete na tabela)</translation>
    </message>
    <message>
        <source>Attach do&amp;cument…</source>
        <translation>Anexar do&amp;cumento…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>Ações do plano</translation>
    </message>
    <message>
        <source>No actions yet: draft them from the recommendations, or add one.</source>
        <translation>Ainda não há ações: redija-as a partir das recomendações ou adicione uma.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Responsible institutions:</source>
        <translation>Instituições responsáveis:</translation>
    </message>
    <message>
        <source>Add from the assessment:</source>
        <translation>Adicionar a partir da avaliação:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <source>Resources or technical assistance:</source>
        <translation>Recursos ou assistência técnica:</translation>
    </message>
    <message>
        <source>Milestone or indicator of success:</source>
        <translation>Marco ou indicador de sucesso:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridade:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Policy questions:</source>
        <translation>Questões de política:</translation>
    </message>
    <message>
        <source>National strategy ob&amp;jective (NSDS):</source>
        <translation>Ob&amp;jetivo da estratégia nacional (ENDE):</translation>
    </message>
    <message>
        <source>Results framework: indicator:</source>
        <translation>Quadro de resultados: indicador:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Valor de base:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Meta:</translation>
    </message>
    <message>
        <source>Means of verification:</source>
        <translation>Meios de verificação:</translation>
    </message>
    <message>
        <source>Risks and assumptions:</source>
        <translation>Riscos e pressupostos:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Depende de:</translation>
    </message>
    <message>
        <source>SDG target:</source>
        <translation>Meta dos ODS:</translation>
    </message>
    <message>
        <source>Cost lines:</source>
        <translation>Linhas de custo:</translation>
    </message>
    <message>
        <source>e.g. 17.18</source>
        <translation>p. ex. 17.18</translation>
    </message>
    <message>
        <source>The SDG target the action serves: goal, a point, the target&apos;s number or letter</source>
        <translation>A meta dos ODS que a ação serve: objetivo, um ponto, o número ou a letra da meta</translation>
    </message>
    <message>
        <source>The indicator&apos;s value now, with its year</source>
        <translation>O valor atual do indicador, com o respetivo ano</translation>
    </message>
    <message>
        <source>The value to reach, with its year</source>
        <translation>O valor a atingir, com o respetivo ano</translation>
    </message>
    <message>
        <source>end:</source>
        <translation>fim:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>Uma instituição por linha</translation>
    </message>
    <message>
        <source>A quarter (%1) or a date (%2)</source>
        <translation>Um trimestre (%1) ou uma data (%2)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Letters, e.g. A, C</source>
        <translation>Letras, p. ex. A, C</translation>
    </message>
    <message>
        <source>(choose an institution)</source>
        <translation>(escolha uma instituição)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sem responsável)</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>o que fazer</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>instituições responsáveis</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>calendário</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>custo</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridade</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>results framework</source>
        <translation>quadro de resultados</translation>
    </message>
    <message>
        <source>risks and assumptions</source>
        <translation>riscos e pressupostos</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>meta dos ODS</translation>
    </message>
    <message>
        <source>dependencies on other actions</source>
        <translation>dependências de outras ações</translation>
    </message>
    <message>
        <source>cost categories</source>
        <translation>categorias de custo</translation>
    </message>
    <message>
        <source>cost bases</source>
        <translation>bases de custo</translation>
    </message>
    <message>
        <source>sustainability</source>
        <translation>sustentabilidade</translation>
    </message>
    <message>
        <source>Added after the validation</source>
        <translation>Adicionada após a validação</translation>
    </message>
    <message>
        <source>Changed after the validation: %s</source>
        <translation>Alterada após a validação: %s</translation>
    </message>
    <message>
        <source>Proposed plan: not validated yet. When the government has approved it, record the validation.</source>
        <translation>Plano proposto: ainda não validado. Quando o Governo o tiver aprovado, registe a validação.</translation>
    </message>
    <message>
        <source>Validated on %1 (%2), approved by %3, %4.</source>
        <translation>Validado em %1 (%2), aprovado por %3, %4.</translation>
    </message>
    <message>
        <source>Changed since (✎): %s.</source>
        <translation>Alterado desde então (✎): %s.</translation>
    </message>
    <message>
        <source>Priority actions: %1 of at most %2.</source>
        <translation>Ações prioritárias: %1 de um máximo de %2.</translation>
    </message>
    <message>
        <source>V&amp;alidation…</source>
        <translation>V&amp;alidação…</translation>
    </message>
    <message>
        <source>Record the v&amp;alidation…</source>
        <translation>Registar a v&amp;alidação…</translation>
    </message>
    <message>
        <source>Date, event, institutions present, approved by (name and position)</source>
        <translation>Data, evento, instituições presentes, aprovado por (nome e cargo)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <source>Plan currency: %s.</source>
        <translation>Moeda do plano: %s.</translation>
    </message>
    <message>
        <source>Drafted from the recommendation %s.</source>
        <translation>Redigida a partir da recomendação %s.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Adicionada manualmente.</translation>
    </message>
    <message>
        <source>Not a quarter or a date: “%1”. Type, for example, %2 or %3.</source>
        <translation>Não é um trimestre nem uma data: «%1». Escreva, por exemplo, %2 ou %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <source>Every recommendation of the scoring is already in the plan.</source>
        <translation>Todas as recomendações da pontuação já constam do plano.</translation>
    </message>
    <message numerus="yes">
        <source>drafting %n action(s)</source>
        <translation>
            <numerusform>redação de %n ação</numerusform>
            <numerusform>redação de %n ações</numerusform>
        </translation>
    </message>
    <message>
        <source>moving action %s</source>
        <translation>deslocação da ação %s</translation>
    </message>
</context>
<context>
    <name>AggregationDialog</name>
    <message>
        <source>Aggregate country workbooks</source>
        <translation>Agregar livros dos países</translation>
    </message>
    <message>
        <source>Drop exported workbooks or folders here, or add them:</source>
        <translation>Largue aqui livros exportados ou pastas, ou adicione-os:</translation>
    </message>
    <message>
        <source>Workbooks and folders to aggregate</source>
        <translation>Livros e pastas a agregar</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adicionar ficheiros…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>&amp;Verificar ficheiros</translation>
    </message>
    <message>
        <source>Read the files without writing anything: which would be rejected, superseded or in conflict, and why</source>
        <translation>Ler os ficheiros sem escrever nada: quais seriam rejeitados, substituídos ou em conflito, e porquê</translation>
    </message>
    <message>
        <source>Files not used, with the reason</source>
        <translation>Ficheiros não utilizados, com o motivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>the latest round of each country</source>
        <translation>a ronda mais recente de cada país</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>&amp;Final assessments only (drafts and assessments in progress left out)</source>
        <translation>Só avaliações &amp;finais (excluídos os rascunhos e as avaliações em curso)</translation>
    </message>
    <message>
        <source>&amp;Include provisional scores (no band: completeness below 80 % or no valid reference date); the roll-ups say how many</source>
        <translation>&amp;Incluir pontuações provisórias (sem nível: completude inferior a 80 % ou sem data de referência válida); os agregados indicam quantas</translation>
    </message>
    <message>
        <source>the latest year reported (a year, 2026, or a half-year, 2026-H1)</source>
        <translation>o último ano relatado (um ano, 2026, ou um semestre, 2026-H1)</translation>
    </message>
    <message>
        <source>Implementation p&amp;eriod:</source>
        <translation>P&amp;eríodo de execução:</translation>
    </message>
    <message>
        <source>UN M49 list (53 countries and areas)</source>
        <translation>Lista M49 da ONU (53 países e zonas)</translation>
    </message>
    <message>
        <source>UN-OHRLLS list</source>
        <translation>Lista do UN-OHRLLS</translation>
    </message>
    <message>
        <source>SIDS &amp;list:</source>
        <translation>&amp;Lista de PEID:</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>Ró&amp;tulos em:</translation>
    </message>
    <message>
        <source>Also write the &amp;PDF summary (next to the workbook)</source>
        <translation>Escrever também o resumo em &amp;PDF (junto ao livro)</translation>
    </message>
    <message>
        <source>Also write the analyst&apos;s files: CSV with a data dictionary, &amp;Stata and SPSS (a folder next to the workbook)</source>
        <translation>Escrever também os ficheiros do analista: CSV com dicionário de dados, &amp;Stata e SPSS (numa pasta junto ao livro)</translation>
    </message>
    <message>
        <source>Output workbook</source>
        <translation>Livro de saída</translation>
    </message>
    <message>
        <source>aggregate.xlsx</source>
        <translation>aggregate.xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Saída:</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add at least one workbook or folder.</source>
        <translation>Adicione pelo menos um livro ou uma pasta.</translation>
    </message>
    <message>
        <source>Checking the workbooks</source>
        <translation>A verificar os livros</translation>
    </message>
    <message>
        <source>The files could not be checked: %1</source>
        <translation>Não foi possível verificar os ficheiros: %1</translation>
    </message>
    <message>
        <source>Tick the assessment to use for this country and round</source>
        <translation>Assinale a avaliação a utilizar para este país e ronda</translation>
    </message>
    <message>
        <source>%1 workbooks used, %2 superseded, %3 rejected, %4 in conflict; %5 countries in the roll-ups.</source>
        <translation>%1 livros utilizados, %2 substituídos, %3 rejeitados, %4 em conflito; %5 países nos agregados.</translation>
    </message>
    <message>
        <source>Tick one file of each conflict to use it, then check again or aggregate.</source>
        <translation>Assinale um ficheiro de cada conflito para o utilizar e, depois, volte a verificar ou agregue.</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Livros</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Livros (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder of workbooks</source>
        <translation>Pasta de livros</translation>
    </message>
    <message>
        <source>Choose where to write the aggregate workbook.</source>
        <translation>Escolha onde escrever o livro agregado.</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <source>answer %s</source>
        <translation>resposta %s</translation>
    </message>
</context>
<context>
    <name>ArchivedDialog</name>
    <message>
        <source>Archived answers</source>
        <translation>Respostas arquivadas</translation>
    </message>
    <message>
        <source>Answers to questions this questionnaire version no longer asks: kept in the assessment as they were given, exported on the workbook&apos;s Archived answers sheet and printed in the report&apos;s annex. They are not scored.</source>
        <translation>Respostas a perguntas que esta versão do questionário já não faz: guardadas na avaliação tal como foram dadas, exportadas na folha Archived answers do livro e impressas no anexo do relatório. Não são pontuadas.</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Identificador da pergunta</translation>
    </message>
    <message>
        <source>Asked in version</source>
        <translation>Feita na versão</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Arquivada em</translation>
    </message>
    <message>
        <source>Archived answers, in the order archived</source>
        <translation>Respostas arquivadas, pela ordem em que foram arquivadas</translation>
    </message>
    <message>
        <source>No answer is archived: every answer has its question in this questionnaire version.</source>
        <translation>Nenhuma resposta está arquivada: cada resposta tem a sua pergunta nesta versão do questionário.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registado</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <source>Details of %1 %2</source>
        <translation>Detalhes de %1 %2</translation>
    </message>
    <message>
        <source>empty: made from the country and round</source>
        <translation>vazio: composto a partir do país e da ronda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>Ronda (ano)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>The mission&apos;s dates and the institutions met are the answers of section S0 (Mission and respondents): correct them there.</source>
        <translation>As datas da missão e as instituições contactadas são as respostas da secção S0 (Missão e inquiridos): corrija-as aí.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The assessment&apos;s details typed are not saved.</source>
        <translation>Os detalhes da avaliação introduzidos não estão guardados.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Detalhes guardados.</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Preenchimento</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Última alteração</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <source>Not saved: %s. What you entered is kept here; try again when this is fixed.</source>
        <translation>Não guardado: %s. O que introduziu é mantido aqui; tente novamente quando o problema estiver resolvido.</translation>
    </message>
    <message>
        <source>the database is damaged (it is open read-only): nothing can be changed until the last good backup is restored</source>
        <translation>a base de dados está danificada (está aberta só para leitura): não é possível alterar nada até ser reposta a última cópia de segurança válida</translation>
    </message>
    <message>
        <source>the database cannot be written (it is open read-only): nothing can be changed</source>
        <translation>não é possível escrever na base de dados (está aberta só para leitura): não é possível alterar nada</translation>
    </message>
    <message>
        <source>this assessment was validated for the national statistics office by %1 (%2, %3) on %4: reopen it, with a reason, to change it</source>
        <translation>esta avaliação foi validada em nome do instituto nacional de estatística por %1 (%2, %3) em %4: reabra-a, indicando um motivo, para a alterar</translation>
    </message>
    <message>
        <source>this assessment is final: set its status back to “In progress” to change it</source>
        <translation>esta avaliação é final: reponha o seu estado em «Em curso» para a alterar</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Draft: the mission has started; the report is marked DRAFT.</source>
        <translation>Rascunho: a missão começou; o relatório tem a marca RASCUNHO.</translation>
    </message>
    <message>
        <source>In progress: answers are being collected and checked; the report is marked DRAFT.</source>
        <translation>Em curso: as respostas estão a ser recolhidas e verificadas; o relatório tem a marca RASCUNHO.</translation>
    </message>
    <message>
        <source>Final: the answers, comments, evidence and action plan are read-only until the status is set back to In progress; the report no longer carries the DRAFT mark.</source>
        <translation>Final: as respostas, os comentários, os documentos comprovativos e o plano de ação ficam só para leitura até o estado ser reposto em Em curso; o relatório deixa de ter a marca RASCUNHO.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Questions listed</source>
        <translation>Perguntas apresentadas</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas as perguntas</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Não revistas</translation>
    </message>
    <message>
        <source>Follow-up or disputed</source>
        <translation>A acompanhar ou contestadas</translation>
    </message>
    <message>
        <source>Questionnaire navigator</source>
        <translation>Navegador do questionário</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Perguntas</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>P&amp;ainel</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>P&amp;lano de ação</translation>
    </message>
</context>
<context>
    <name>CarriedAssessments</name>
    <message>
        <source>Assessment %1 (%2 %3) stays on questionnaire %4: it could not be carried to %5 here (%6).</source>
        <translation>A avaliação %1 (%2 %3) continua no questionário %4: não foi possível transferi-la aqui para o questionário %5 (%6).</translation>
    </message>
    <message>
        <source>Assessment %1 (%2 %3) moved from questionnaire %4 to %5. Answers to questions %5 no longer asks, archived (kept in the assessment, listed by Edit ▸ Archived answers, exported on its workbook&apos;s Archived answers sheet): %6 (%7).</source>
        <translation>A avaliação %1 (%2 %3) passou do questionário %4 para o questionário %5. Respostas a perguntas que o %5 já não faz, arquivadas (guardadas na avaliação, listadas em Editar ▸ Respostas arquivadas, exportadas na folha Archived answers do seu livro): %6 (%7).</translation>
    </message>
    <message>
        <source>Stopped: the assessments not yet moved stay on the earlier questionnaire; the next start of the application moves them.</source>
        <translation>Interrompido: as avaliações ainda não transferidas continuam no questionário anterior; serão transferidas no próximo arranque da aplicação.</translation>
    </message>
    <message>
        <source>Moving assessments to questionnaire %1</source>
        <translation>A transferir as avaliações para o questionário %1</translation>
    </message>
    <message>
        <source>Assessments moved to questionnaire %1: %2.</source>
        <translation>Avaliações transferidas para o questionário %1: %2.</translation>
    </message>
    <message>
        <source>Assessments of an earlier questionnaire</source>
        <translation>Avaliações de um questionário anterior</translation>
    </message>
    <message>
        <source>Archived answers to questions an earlier questionnaire asked are on the workbook&apos;s Archived answers sheet, not among its answers: %1 (%2).</source>
        <translation>As respostas arquivadas a perguntas de um questionário anterior estão na folha Archived answers do livro, e não entre as suas respostas: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Variables this question needs: %s</source>
        <translation>Variáveis de que esta pergunta necessita: %s</translation>
    </message>
    <message>
        <source>● main source</source>
        <translation>● fonte principal</translation>
    </message>
    <message>
        <source>○ supporting source</source>
        <translation>○ fonte complementar</translation>
    </message>
    <message>
        <source>not an expected source (may still be used)</source>
        <translation>não é uma fonte esperada (pode, ainda assim, ser utilizada)</translation>
    </message>
    <message>
        <source>Derived level: %s of 3</source>
        <translation>Nível derivado: %s de 3</translation>
    </message>
    <message>
        <source>Derived level: shown when scoring is available</source>
        <translation>Nível derivado: apresentado quando a pontuação estiver disponível</translation>
    </message>
    <message>
        <source>Derived level: not yet (answer &apos;exists&apos; first)</source>
        <translation>Nível derivado: ainda não (responda primeiro «existe»)</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <source>Comment (who said what, caveats, follow-up)</source>
        <translation>Comentário (quem disse o quê, ressalvas, seguimento)</translation>
    </message>
    <message>
        <source>Comment on %s</source>
        <translation>Comentário sobre %s</translation>
    </message>
    <message>
        <source>Evidence for %s</source>
        <translation>Documentos comprovativos de %s</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>Tipo de comprovativo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Endereço web</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Document title, web address or institution</source>
        <translation>Título do documento, endereço web ou instituição</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Texto do comprovativo</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Adicionar comprovativo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove selected evidence</source>
        <translation>Remover o comprovativo selecionado</translation>
    </message>
    <message>
        <source>“%1” is not added yet: Enter in its field or Add evidence adds it.</source>
        <translation>«%1» ainda não foi adicionado: Enter no respetivo campo ou «Adicionar comprovativo» adiciona-o.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Changes between the two rounds</source>
        <translation>Alterações entre as duas rondas</translation>
    </message>
    <message>
        <source>No change between the two rounds.</source>
        <translation>Nenhuma alteração entre as duas rondas.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparar rondas</translation>
    </message>
    <message>
        <source>The rounds cannot be compared.</source>
        <translation>Não é possível comparar as rondas.</translation>
    </message>
    <message>
        <source>Compare rounds %1 and %2</source>
        <translation>Comparar as rondas %1 e %2</translation>
    </message>
    <message>
        <source>Round %1 (reference date %2) → round %3 (reference date %4)</source>
        <translation>Ronda %1 (data de referência %2) → ronda %3 (data de referência %4)</translation>
    </message>
    <message>
        <source>Both rounds are scored now under the current scoring rules (version %s), so the changes come from the answers only.</source>
        <translation>As duas rondas são agora pontuadas segundo as regras de pontuação atuais (versão %s), pelo que as alterações decorrem apenas das respostas.</translation>
    </message>
    <message>
        <source>Overall score: %1 → %2 (%3)</source>
        <translation>Pontuação global: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <source>Round %s</source>
        <translation>Ronda %s</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Melhorias</translation>
    </message>
    <message>
        <source>Regressions</source>
        <translation>Retrocessos</translation>
    </message>
    <message>
        <source>Section %s</source>
        <translation>Secção %s</translation>
    </message>
    <message>
        <source>Policy question %s</source>
        <translation>Questão de política %s</translation>
    </message>
    <message>
        <source>availability %1, gap %2</source>
        <translation>disponibilidade %1, lacuna %2</translation>
    </message>
    <message>
        <source>Matrix %1 × %2</source>
        <translation>Matriz %1 × %2</translation>
    </message>
    <message>
        <source>level %s</source>
        <translation>nível %s</translation>
    </message>
    <message>
        <source>Done since round %s: %s</source>
        <translation>Concluídas desde a ronda %s: %s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluídas</translation>
    </message>
    <message>
        <source>Dropped since round %s: %s</source>
        <translation>Abandonadas desde a ronda %s: %s</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonadas</translation>
    </message>
    <message>
        <source>Late (end passed) since round %s: %s</source>
        <translation>Atrasadas (fim ultrapassado) desde a ronda %s: %s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Cost executed against cost planned, on the lines with spending entered</source>
        <translation>Custo executado face ao custo planeado, nas linhas com despesa registada</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or ISO code</source>
        <translation>Escreva o nome ou o código ISO de um país</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>CrossCountryView</name>
    <message>
        <source>Cross-country view</source>
        <translation>Vista comparativa entre países</translation>
    </message>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;Abrir pasta…</translation>
    </message>
    <message>
        <source>No folder open.</source>
        <translation>Nenhuma pasta aberta.</translation>
    </message>
    <message>
        <source>Show countries of</source>
        <translation>Mostrar os países de</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Countries and the availability of data by policy question</source>
        <translation>Países e disponibilidade de dados por questão de política</translation>
    </message>
    <message>
        <source>Country detail</source>
        <translation>Detalhe do país</translation>
    </message>
    <message>
        <source>Select a country to see its detail.</source>
        <translation>Selecione um país para ver o respetivo detalhe.</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Exportar &amp;livro…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Folder of country workbooks</source>
        <translation>Pasta de livros dos países</translation>
    </message>
    <message>
        <source>Reading the workbooks…</source>
        <translation>A ler os livros…</translation>
    </message>
    <message>
        <source>Reading country workbooks</source>
        <translation>A ler os livros dos países</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>A leitura falhou: %1</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Leitura cancelada.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>Ler com cautela</translation>
    </message>
    <message>
        <source>edited after export</source>
        <translation>editado após a exportação</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>em curso</translation>
    </message>
    <message>
        <source>%1 countries; %2 workbooks used, %3 superseded, %4 rejected, %5 in conflict.</source>
        <translation>%1 países; %2 livros utilizados, %3 substituídos, %4 rejeitados, %5 em conflito.</translation>
    </message>
    <message>
        <source>%1 edited after export (scores recomputed).</source>
        <translation>%1 editados após a exportação (pontuações recalculadas).</translation>
    </message>
    <message>
        <source>%1 not final (draft or in progress).</source>
        <translation>%1 não finais (rascunho ou em curso).</translation>
    </message>
    <message>
        <source>Left out of every figure (fictional or training codes): %1.</source>
        <translation>Excluídos de todos os valores (códigos fictícios ou de formação): %1.</translation>
    </message>
    <message>
        <source>Conflicting assessments are left out; choose one in File ▸ Aggregate workbooks…</source>
        <translation>As avaliações em conflito são excluídas; escolha uma em Ficheiro ▸ Agregar livros…</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>%1 (%2), round %3</source>
        <translation>%1 (%2), ronda %3</translation>
    </message>
    <message>
        <source>Overall: %1 (%2)</source>
        <translation>Global: %1 (%2)</translation>
    </message>
    <message>
        <source>Change since the previous round: %1</source>
        <translation>Variação desde a ronda anterior: %1</translation>
    </message>
    <message>
        <source>Read with care: %1</source>
        <translation>Ler com cautela: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Ficheiro: %1</translation>
    </message>
    <message>
        <source>Policy question: need / availability / gap / priority, gap type</source>
        <translation>Questão de política: necessidade / disponibilidade / lacuna / prioridade, tipo de lacuna</translation>
    </message>
    <message>
        <source>Consolidated workbook</source>
        <translation>Livro consolidado</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Livros Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cross-country PDF summary</source>
        <translation>Resumo comparativo entre países em PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Writing the cross-country export</source>
        <translation>A escrever a exportação comparativa entre países</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportação cancelada.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Section scores (0–100)</source>
        <translation>Pontuações por secção (0–100)</translation>
    </message>
    <message>
        <source>Policy questions A–O: need, availability and gap (0–3)</source>
        <translation>Questões de política A–O: necessidade, disponibilidade e lacuna (0–3)</translation>
    </message>
    <message>
        <source>Ranked gaps and recommended actions</source>
        <translation>Lacunas hierarquizadas e ações recomendadas</translation>
    </message>
    <message>
        <source>Answers to follow up (Enter opens)</source>
        <translation>Respostas a acompanhar (Enter abre)</translation>
    </message>
    <message>
        <source>Answers “not applicable”, with their reasons</source>
        <translation>Respostas «não aplicável», com os respetivos motivos</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Pontuação global</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Scores are not available</source>
        <translation>As pontuações não estão disponíveis</translation>
    </message>
    <message>
        <source>The scoring module is not installed in this version.</source>
        <translation>O módulo de pontuação não está instalado nesta versão.</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisória</translation>
    </message>
    <message>
        <source>Completion %1 · reference date %2 · scoring rules %3</source>
        <translation>Preenchimento %1 · data de referência %2 · regras de pontuação %3</translation>
    </message>
    <message>
        <source>With the weights set for this assessment: %1 out of 100 (%2); the band uses the documented weights.</source>
        <translation>Com as ponderações definidas para esta avaliação: %1 em 100 (%2); o nível utiliza as ponderações documentadas.</translation>
    </message>
    <message>
        <source>No answer was recorded as “not applicable”.</source>
        <translation>Nenhuma resposta foi registada como «não aplicável».</translation>
    </message>
    <message>
        <source>“Not applicable” is accepted only where the questionnaire allows it, for the reason it states; the respondents&apos; own words follow in italics. It never raises a score.</source>
        <translation>«Não aplicável» só é aceite onde o questionário o permite, pelo motivo nele indicado; as palavras dos próprios inquiridos seguem-se em itálico. Nunca aumenta uma pontuação.</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioridade %1</translation>
    </message>
    <message>
        <source>quick win</source>
        <translation>ganho rápido</translation>
    </message>
    <message>
        <source>No answers yet: gaps appear here as the policy questions and the matrix (S3) are answered.</source>
        <translation>Ainda não há respostas: as lacunas aparecem aqui à medida que se responde às questões de política e à matriz (S3).</translation>
    </message>
    <message>
        <source>No gap can be stated yet: the matrix (S3) has no answer.</source>
        <translation>Ainda não é possível indicar lacunas: a matriz (S3) não tem respostas.</translation>
    </message>
    <message>
        <source>No gap between needs and availability.</source>
        <translation>Nenhuma lacuna entre necessidades e disponibilidade.</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Ações recomendadas</translation>
    </message>
    <message>
        <source>Review: no answer to review yet</source>
        <translation>Revisão: ainda não há respostas a rever</translation>
    </message>
    <message>
        <source>Review: %1 of %2 answers validated</source>
        <translation>Revisão: %1 de %2 respostas validadas</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>a acompanhar: %1</translation>
    </message>
    <message>
        <source>disputed: %1</source>
        <translation>contestadas: %1</translation>
    </message>
    <message>
        <source>not reviewed: %1</source>
        <translation>não revistas: %1</translation>
    </message>
    <message>
        <source>Round %1: %2 %3 (grey numbers and ticks on the bars)</source>
        <translation>Ronda %1: %2 %3 (números a cinzento e marcas nas barras)</translation>
    </message>
    <message>
        <source>C&amp;ompare with round %s…</source>
        <translation>C&amp;omparar com a ronda %s…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or %s</source>
        <translation>AAAA-MM-DD ou %s</translation>
    </message>
    <message>
        <source>Type a date as 2026-05-15 or %s; F4 opens the calendar.</source>
        <translation>Escreva uma data como 2026-05-15 ou %s; F4 abre o calendário.</translation>
    </message>
    <message>
        <source>Open the calendar (F4)</source>
        <translation>Abrir o calendário (F4)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir o calendário</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2026-05-15 or %2.</source>
        <translation>«%1» não é uma data: escreva-a como 2026-05-15 ou %2.</translation>
    </message>
    <message>
        <source>Give a date between %1 and %2.</source>
        <translation>Indique uma data entre %1 e %2.</translation>
    </message>
</context>
<context>
    <name>DependsList</name>
    <message>
        <source>No other action in the plan yet.</source>
        <translation>Ainda não há outras ações no plano.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents attached to %s</source>
        <translation>Documentos anexados a %s</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Anexar documento…</translation>
    </message>
    <message>
        <source>Keep a file with this answer as evidence (PDF, office documents, tables, images; at most %1 MB)</source>
        <translation>Guardar um ficheiro com esta resposta como documento comprovativo (PDF, documentos de escritório, tabelas, imagens; no máximo %1 MB)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Abrir o documento selecionado</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remover documento</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Remover o documento selecionado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>Anexar documento</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Nenhum programa neste computador abre %1.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Save what is entered here again</source>
        <translation>Guardar novamente o que está introduzido aqui</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Não sabe</translation>
    </message>
    <message>
        <source>Don&apos;t know: %s</source>
        <translation>Não sabe: %s</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não aplicável</translation>
    </message>
    <message>
        <source>Not applicable: %s</source>
        <translation>Não aplicável: %s</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Procurar:</translation>
    </message>
    <message>
        <source>question text, item id or comment</source>
        <translation>texto da pergunta, identificador do item ou comentário</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>Procurar nas perguntas, identificadores e comentários</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 encontrados</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>FollowUpTree</name>
    <message>
        <source>Answers to follow up: don&apos;t know, then not answered yet, by section</source>
        <translation>Respostas a acompanhar: «não sabe» e, depois, as ainda sem resposta, por secção</translation>
    </message>
    <message>
        <source>Nothing to follow up: no &quot;don&apos;t know&quot; answer and nothing left blank.</source>
        <translation>Nada a acompanhar: nenhuma resposta «não sabe» e nada deixado em branco.</translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answer</source>
        <translation>
            <numerusform>Contestada na revisão: %n resposta</numerusform>
            <numerusform>Contestadas na revisão: %n respostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answers</source>
        <translation>
            <numerusform>Contestada na revisão: %n resposta</numerusform>
            <numerusform>Contestadas na revisão: %n respostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answer</source>
        <translation>
            <numerusform>A acompanhar (revisão): %n resposta</numerusform>
            <numerusform>A acompanhar (revisão): %n respostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answers</source>
        <translation>
            <numerusform>A acompanhar (revisão): %n resposta</numerusform>
            <numerusform>A acompanhar (revisão): %n respostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answer to follow up</source>
        <translation>
            <numerusform>Não sabe: %n resposta a acompanhar</numerusform>
            <numerusform>Não sabe: %n respostas a acompanhar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answers to follow up</source>
        <translation>
            <numerusform>Não sabe: %n resposta a acompanhar</numerusform>
            <numerusform>Não sabe: %n respostas a acompanhar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n item</source>
        <translation>
            <numerusform>Ainda sem resposta: %n item</numerusform>
            <numerusform>Ainda sem resposta: %n itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n items</source>
        <translation>
            <numerusform>Ainda sem resposta: %n item</numerusform>
            <numerusform>Ainda sem resposta: %n itens</numerusform>
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
        <translation>Governo</translation>
    </message>
    <message>
        <source>Ministry of Finance</source>
        <translation>Ministério das Finanças</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>Parceiro de desenvolvimento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Pedido</translation>
    </message>
    <message>
        <source>National part &amp;committed by:</source>
        <translation>Parte nacional &amp;comprometida por:</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatários</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>Assina em nome de</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>&amp;Add signatory</source>
        <translation>&amp;Adicionar signatário</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>Pedido de financiamento</translation>
    </message>
    <message>
        <source>R&amp;isks</source>
        <translation>&amp;Riscos</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>In&amp;dicadores</translation>
    </message>
    <message>
        <source>&amp;Procurement</source>
        <translation>Aq&amp;uisições</translation>
    </message>
    <message>
        <source>The funding request typed is not saved.</source>
        <translation>O pedido de financiamento introduzido não foi guardado.</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>don&apos;t know</source>
        <translation>não sabe</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <source>This cell is not asked: an earlier answer in its row (for example “Available: no”) leaves it out.</source>
        <translation>Esta célula é omitida: uma resposta anterior na sua linha (por exemplo, «Disponível: não») exclui-a.</translation>
    </message>
    <message>
        <source>Cell %s</source>
        <translation>Célula %s</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Não sabe</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não aplicável</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>The help page could not be read: %s</source>
        <translation>Não foi possível ler a página de ajuda: %s</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the answer</source>
        <translation>Histórico da resposta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Versions of the answer, newest first</source>
        <translation>Versões da resposta, da mais recente para a mais antiga</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Ainda não há alterações registadas.</translation>
    </message>
    <message>
        <source>&amp;Restore this value</source>
        <translation>&amp;Repor este valor</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Não sabe</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não aplicável</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentário</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>pessoa desconhecida</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nova…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>R&amp;onda seguinte…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mover para o &amp;lixo</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importar livro…</translation>
    </message>
    <message>
        <source>Show t&amp;rash</source>
        <translation>Mostrar o li&amp;xo</translation>
    </message>
    <message>
        <source>The trash is empty: an assessment moved to the trash can be restored from here.</source>
        <translation>O lixo está vazio: uma avaliação movida para o lixo pode ser restaurada a partir daqui.</translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessment; restore it to work on it again.</source>
        <translation>
            <numerusform>Lixo: %n avaliação; restaure-a para voltar a trabalhar nela.</numerusform>
            <numerusform>Lixo: %n avaliações; restaure-as para voltar a trabalhar nelas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessments; restore one to work on it again.</source>
        <translation>
            <numerusform>Lixo: %n avaliação; restaure-a para voltar a trabalhar nela.</numerusform>
            <numerusform>Lixo: %n avaliações; restaure uma para voltar a trabalhar nela.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment yet. Press Ctrl+N (New…) to create the first one, or Ctrl+I to import a workbook a colleague sent.</source>
        <translation>Ainda não há nenhuma avaliação. Prima Ctrl+N (Nova…) para criar a primeira, ou Ctrl+I para importar um livro enviado por um colega.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment. Enter or double-click opens it.</source>
        <translation>
            <numerusform>%n avaliação. Prima Enter ou faça duplo clique para a abrir.</numerusform>
            <numerusform>%n avaliações. Prima Enter ou faça duplo clique para abrir uma delas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessments. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n avaliação. Prima Enter ou faça duplo clique para a abrir.</numerusform>
            <numerusform>%n avaliações. Prima Enter ou faça duplo clique para abrir uma delas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Lixo</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Voltar à lista</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %s</source>
        <translation>Importar %s</translation>
    </message>
    <message>
        <source>No change: the workbook matches this database.</source>
        <translation>Nenhuma alteração: o livro coincide com esta base de dados.</translation>
    </message>
    <message>
        <source>Reopen and import</source>
        <translation>Reabrir e importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>A new assessment: %1 %2, %3 answers.</source>
        <translation>Uma nova avaliação: %1 %2, %3 respostas.</translation>
    </message>
    <message>
        <source>Updates the existing assessment %1 %2 (id %3).</source>
        <translation>Atualiza a avaliação existente %1 %2 (id %3).</translation>
    </message>
    <message>
        <source>This assessment is final (read-only). Importing reopens it: its status is set back to “In progress”.</source>
        <translation>Esta avaliação é final (só de leitura). A importação reabre-a: o seu estado volta a «Em curso».</translation>
    </message>
    <message>
        <source>Cells of the workbook edited outside the application: %1 (marked below).</source>
        <translation>Células do livro editadas fora da aplicação: %1 (assinaladas abaixo).</translation>
    </message>
    <message>
        <source>Warning: %s</source>
        <translation>Aviso: %s</translation>
    </message>
    <message>
        <source>Answers changed both here and in the workbook since the common version (conflicts): %1. Under each value, who changed it and when. Each is kept as it is here unless you tick its box in the column “In the workbook”.</source>
        <translation>Respostas alteradas aqui e no livro desde a versão comum (conflitos): %1. Por baixo de cada valor, quem o alterou e quando. Cada uma é mantida tal como está aqui, a menos que assinale a respetiva caixa na coluna «No livro».</translation>
    </message>
    <message>
        <source>Answers changed here since this workbook was exported: %1. They are kept as they are here unless you tick their box in the column “In the workbook”.</source>
        <translation>Respostas alteradas aqui desde que este livro foi exportado: %1. São mantidas tal como estão aqui, a menos que assinale a respetiva caixa na coluna «No livro».</translation>
    </message>
    <message>
        <source>&amp;Keep ours for all conflicts</source>
        <translation>&amp;Manter os nossos em todos os conflitos</translation>
    </message>
    <message>
        <source>Take &amp;theirs for all conflicts</source>
        <translation>Aceitar os &amp;deles em todos os conflitos</translation>
    </message>
    <message>
        <source>&amp;Keep all newer answers</source>
        <translation>&amp;Manter todas as respostas mais recentes</translation>
    </message>
    <message>
        <source>Use the &amp;workbook&apos;s values for all</source>
        <translation>Usar os valores do &amp;livro para tudo</translation>
    </message>
    <message>
        <source>Keep &amp;both for all comment and evidence conflicts</source>
        <translation>Manter &amp;ambos em todos os conflitos de comentários e documentos comprovativos</translation>
    </message>
    <message>
        <source>Accept the signatures this workbook carries without a check</source>
        <translation>Aceitar sem verificação as assinaturas que este livro contém</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Alterações que a importação faria</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Célula</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>Nesta base de dados</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>No livro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation>Detalhes da avaliação</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Keep both (merged, each with its author and time)</source>
        <translation>Manter ambos (fundidos, cada um com o seu autor e hora)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>pessoa desconhecida</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>hora desconhecida</translation>
    </message>
    <message>
        <source>conflict: changed here and in the workbook since the common version</source>
        <translation>conflito: alterado aqui e no livro desde a versão comum</translation>
    </message>
    <message>
        <source>changed here since this workbook was exported (%s)</source>
        <translation>alterado aqui desde que este livro foi exportado (%s)</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>alterado por %1</translation>
    </message>
    <message>
        <source>edited outside the application</source>
        <translation>editado fora da aplicação</translation>
    </message>
    <message>
        <source>The assessment is in the trash: importing restores it.</source>
        <translation>A avaliação está no lixo: a importação restaura-a.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Archived answers the import adds (questions this questionnaire version no longer asks): %1 (listed below).</source>
        <translation>Respostas arquivadas que a importação acrescenta (perguntas que esta versão do questionário já não faz): %1 (listadas abaixo).</translation>
    </message>
    <message>
        <source>Archived answers</source>
        <translation>Respostas arquivadas</translation>
    </message>
    <message>
        <source>archived answer, asked by questionnaire version %1</source>
        <translation>resposta arquivada, feita pela versão %1 do questionário</translation>
    </message>
    <message>
        <source>archived answer (the version that asked it is not recorded)</source>
        <translation>resposta arquivada (a versão que a fez não está registada)</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentário</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>documento comprovativo</translation>
    </message>
    <message>
        <source>Validation for the national statistics office</source>
        <translation>Validação pelo instituto nacional de estatística</translation>
    </message>
    <message>
        <source>Reviews signed off by the supervisor</source>
        <translation>Revisões aprovadas pelo supervisor</translation>
    </message>
    <message>
        <source>Validation of the plan</source>
        <translation>Validação do plano</translation>
    </message>
    <message>
        <source>its check holds</source>
        <translation>a respetiva verificação é válida</translation>
    </message>
    <message>
        <source>no check (a workbook written before signatures carried one): taken only if you accept it below</source>
        <translation>sem verificação (livro escrito antes de as assinaturas a incluírem): só é considerada se a aceitar abaixo</translation>
    </message>
    <message>
        <source>refused: it does not match its check (edited outside the application); nothing can be imported from this workbook</source>
        <translation>recusada: não corresponde à respetiva verificação (editada fora da aplicação); nada pode ser importado deste livro</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Não sabe</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não aplicável</translation>
    </message>
    <message>
        <source>Order of the actions</source>
        <translation>Ordem das ações</translation>
    </message>
    <message>
        <source>Currency and exchange rates of the plan</source>
        <translation>Moeda e taxas de câmbio do plano</translation>
    </message>
    <message>
        <source>(not validated)</source>
        <translation>(não validado)</translation>
    </message>
    <message>
        <source>New action: %s</source>
        <translation>Nova ação: %s</translation>
    </message>
    <message>
        <source>Action removed: %s</source>
        <translation>Ação removida: %s</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removida)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recomendação</translation>
    </message>
    <message>
        <source>policy questions</source>
        <translation>questões de política</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>instituições responsáveis</translation>
    </message>
    <message>
        <source>start</source>
        <translation>início</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fim</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>recursos</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>marco</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridade</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>priority action</source>
        <translation>ação prioritária</translation>
    </message>
    <message>
        <source>strategy objective</source>
        <translation>objetivo da estratégia</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>custos</translation>
    </message>
    <message>
        <source>Action “%1” — %2</source>
        <translation>Ação «%1» — %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Início da missão</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Fim da missão</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Data de referência</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituições</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Disbursement-linked: partner</source>
        <translation>Associado a desembolsos: parceiro</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Send questions to institutions</source>
        <translation>Enviar perguntas às instituições</translation>
    </message>
    <message>
        <source>Each institution receives a workbook with only its questions, in the language chosen below, with what the mission already knows filled in. Its reply, imported with Import workbook…, becomes proposals: no answer changes until you accept them.</source>
        <translation>Cada instituição recebe um livro apenas com as suas perguntas, na língua escolhida abaixo, já preenchido com o que a missão sabe. A sua resposta, importada com Importar livro…, torna-se em propostas: nenhuma resposta muda até que as aceite.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Reply by (YYYY-MM-DD)</source>
        <translation>Responder até (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Contact for questions</source>
        <translation>Contacto para dúvidas</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <source>Language of the workbooks:</source>
        <translation>Língua dos livros:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Write the workbooks</source>
        <translation>&amp;Gerar os livros</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>Pasta para os livros</translation>
    </message>
    <message>
        <source>Choose at least one institution.</source>
        <translation>Escolha pelo menos uma instituição.</translation>
    </message>
    <message>
        <source>%1 workbooks written to %2</source>
        <translation>%1 livros gerados em %2</translation>
    </message>
    <message>
        <source>Writing the institutions&apos; workbooks</source>
        <translation>A gerar os livros das instituições</translation>
    </message>
    <message>
        <source>The workbooks were not written: %1</source>
        <translation>Os livros não foram gerados: %1</translation>
    </message>
    <message>
        <source>Cancelled: the workbooks written so far stay in the folder.</source>
        <translation>Cancelado: os livros já gerados ficam na pasta.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Resposta atual</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Inquirido</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Institutions&apos; proposals</source>
        <translation>Propostas das instituições</translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies. None changes an answer until you accept it; proposals of institutions that disagree are shown together and marked.</source>
        <translation>Valores que as instituições propuseram nas suas respostas. Nenhum altera uma resposta até que o aceite; as propostas de instituições em desacordo são mostradas em conjunto e assinaladas.</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Instituição:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Show those decided</source>
        <translation>Mostrar as decididas</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>&amp;Edit and accept…</source>
        <translation>&amp;Editar e aceitar…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <source>Accept all of this &amp;institution</source>
        <translation>Aceitar todas desta &amp;instituição</translation>
    </message>
    <message>
        <source>Every open proposal of the institution chosen above, at once (refused while another institution proposes something else)</source>
        <translation>Todas as propostas em aberto da instituição escolhida acima, de uma só vez (recusado enquanto outra instituição propuser algo diferente)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Another institution proposes something else for this answer</source>
        <translation>Outra instituição propõe algo diferente para esta resposta</translation>
    </message>
    <message>
        <source>Open: %1. Answers on which institutions disagree: %2.</source>
        <translation>Em aberto: %1. Respostas em que as instituições discordam: %2.</translation>
    </message>
    <message>
        <source>Edit and accept</source>
        <translation>Editar e aceitar</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceite</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>substituída</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>não sabe</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>não aplicável</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Open the policy question × source matrix</source>
        <translation>Abrir a matriz questão de política × fonte</translation>
    </message>
    <message>
        <source>Type or press F2 to edit a cell; Delete clears it; the context menu (Shift+F10) marks don&apos;t know.</source>
        <translation>Escreva ou prima F2 para editar uma célula; Delete limpa-a; o menu de contexto (Shift+F10) marca «não sabe».</translation>
    </message>
    <message>
        <source>Answer the current row as a form (Ctrl+Enter)</source>
        <translation>Responder à linha atual como formulário (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Show comment and evidence</source>
        <translation>Mostrar comentário e documentos comprovativos</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Histórico…</translation>
    </message>
    <message>
        <source>Every version of this answer: who gave it, when; restore one</source>
        <translation>Todas as versões desta resposta: quem a deu, quando; restaure uma</translation>
    </message>
    <message numerus="yes">
        <source>Proposed by institutions: %n…</source>
        <translation>
            <numerusform>Proposta das instituições: %n…</numerusform>
            <numerusform>Propostas das instituições: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies: accept, edit or reject them</source>
        <translation>Valores que as instituições propuseram nas suas respostas: aceite-os, edite-os ou rejeite-os</translation>
    </message>
    <message>
        <source>Review of “%s”:</source>
        <translation>Revisão de «%s»:</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentário</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence</source>
        <translation>
            <numerusform>%n documento comprovativo</numerusform>
            <numerusform>%n documentos comprovativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment and evidence</source>
        <translation>Comentário e documentos comprovativos</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nova avaliação…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>R&amp;onda seguinte…</translation>
    </message>
    <message>
        <source>Assessment &amp;details…</source>
        <translation>&amp;Detalhes da avaliação…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>&amp;Mover para o lixo</translation>
    </message>
    <message>
        <source>S&amp;how the trash</source>
        <translation>Mostrar o li&amp;xo</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importar livro…</translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation>&amp;Exportar livro…</translation>
    </message>
    <message>
        <source>Export assessment pac&amp;kage…</source>
        <translation>Exportar pa&amp;cote da avaliação…</translation>
    </message>
    <message>
        <source>&amp;Send questions to institutions…</source>
        <translation>En&amp;viar perguntas às instituições…</translation>
    </message>
    <message>
        <source>Institutions&apos; proposa&amp;ls…</source>
        <translation>Propostas das instit&amp;uições…</translation>
    </message>
    <message>
        <source>For&amp;ms for ODK and Kobo…</source>
        <translation>&amp;Formulários para ODK e Kobo…</translation>
    </message>
    <message>
        <source>PD&amp;F report…</source>
        <translation>&amp;Relatório PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>Guardar como documento &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Aggregate workbooks…</source>
        <translation>A&amp;gregar livros…</translation>
    </message>
    <message>
        <source>Cross-country &amp;view…</source>
        <translation>Vis&amp;ta entre países…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Close assessment</source>
        <translation>Fec&amp;har avaliação</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Procurar &amp;seguinte</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Procurar an&amp;terior</translation>
    </message>
    <message>
        <source>Next un&amp;answered</source>
        <translation>Seguinte por &amp;responder</translation>
    </message>
    <message>
        <source>Previous unans&amp;wered</source>
        <translation>Anterior por respon&amp;der</translation>
    </message>
    <message>
        <source>Re&amp;view this answer</source>
        <translation>Re&amp;ver esta resposta</translation>
    </message>
    <message>
        <source>Answer &amp;history…</source>
        <translation>&amp;Histórico da resposta…</translation>
    </message>
    <message>
        <source>Ar&amp;chived answers…</source>
        <translation>Respostas ar&amp;quivadas…</translation>
    </message>
    <message>
        <source>Ne&amp;xt answer not reviewed</source>
        <translation>Resposta seguinte &amp;não revista</translation>
    </message>
    <message>
        <source>Va&amp;lidate the section&apos;s reviews</source>
        <translation>Va&amp;lidar as revisões da secção</translation>
    </message>
    <message>
        <source>Sign off the r&amp;eviews (supervisor)…</source>
        <translation>Apr&amp;ovar as revisões (supervisor)…</translation>
    </message>
    <message>
        <source>Validate for the national &amp;statistics office…</source>
        <translation>Validar para o &amp;instituto nacional de estatística…</translation>
    </message>
    <message>
        <source>Next &amp;gap</source>
        <translation>Lacuna se&amp;guinte</translation>
    </message>
    <message>
        <source>Previ&amp;ous gap</source>
        <translation>Lacuna ant&amp;erior</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Secção seguinte</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Secção anterior</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>Per&amp;guntas</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <source>Focus the na&amp;vigator</source>
        <translation>Focar o &amp;navegador</translation>
    </message>
    <message>
        <source>Next &amp;language</source>
        <translation>Língua seg&amp;uinte</translation>
    </message>
    <message>
        <source>&amp;Help contents</source>
        <translation>&amp;Conteúdo da ajuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ace&amp;rca de</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Re&amp;fazer</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>toolbar button: short</comment>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>toolbar button: short</comment>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>A&amp;brir recentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Questionnaire &amp;language</source>
        <translation>&amp;Língua do questionário</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <source>Previous unanswered</source>
        <translation>Anterior por responder</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Seguinte por responder</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <comment>toolbar button: short</comment>
        <translation>Exportar livro</translation>
    </message>
    <message>
        <source>Language: </source>
        <translation>Língua: </translation>
    </message>
    <message>
        <source>Questionnaire language</source>
        <translation>Língua do questionário</translation>
    </message>
    <message>
        <source>Interface: </source>
        <translation>Interface: </translation>
    </message>
    <message>
        <source>The window will be in %1 from its next start; the questionnaire&apos;s language is chosen beside it.</source>
        <translation>A janela estará em %1 a partir do próximo arranque; a língua do questionário escolhe-se ao lado.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Língua da interface</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — falha: %2</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar na &amp;pasta</translation>
    </message>
    <message>
        <source>Could not open %s</source>
        <translation>Não foi possível abrir %s</translation>
    </message>
    <message>
        <source>This assessment has %n document attached as evidence. The workbook does not carry documents: a colleague who receives it does not get it. The assessment package carries the workbook and the document.</source>
        <translation>Esta avaliação tem %n documento anexado como comprovativo. O livro não inclui documentos: um colega que o receba não recebe esse documento. O pacote da avaliação inclui o livro e o documento.</translation>
    </message>
    <message>
        <source>This assessment has %n documents attached as evidence. The workbook does not carry documents: a colleague who receives it gets none of them. The assessment package carries the workbook and every document.</source>
        <translation>Esta avaliação tem %n documentos anexados como comprovativos. O livro não inclui documentos: um colega que o receba não recebe nenhum deles. O pacote da avaliação inclui o livro e todos os documentos.</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exportar livro</translation>
    </message>
    <message>
        <source>Export the &amp;package…</source>
        <translation>Exportar o &amp;pacote…</translation>
    </message>
    <message>
        <source>&amp;Workbook only…</source>
        <translation>Apenas o &amp;livro…</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Livros Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export failed: %s</source>
        <translation>A exportação falhou: %s</translation>
    </message>
    <message>
        <source>Exporting the workbook</source>
        <translation>A exportar o livro</translation>
    </message>
    <message>
        <source>Workbook written: %s</source>
        <translation>Livro guardado: %s</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportação cancelada.</translation>
    </message>
    <message>
        <source>Export assessment package</source>
        <translation>Exportar pacote da avaliação</translation>
    </message>
    <message>
        <source>Assessment packages (*.zip)</source>
        <translation>Pacotes de avaliação (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>A exportar o pacote</translation>
    </message>
    <message>
        <source>Package written: %s</source>
        <translation>Pacote guardado: %s</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Pasta para os formulários</translation>
    </message>
    <message>
        <source>Forms for ODK and Kobo written: %s</source>
        <translation>Formulários para ODK e Kobo guardados: %s</translation>
    </message>
    <message>
        <source>Writing the forms for ODK and Kobo</source>
        <translation>A gerar os formulários para ODK e Kobo</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Relatório PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Writing the PDF report</source>
        <translation>A gerar o relatório PDF</translation>
    </message>
    <message>
        <source>Report written: %s</source>
        <translation>Relatório guardado: %s</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Relatório cancelado.</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word document</source>
        <translation>A gerar o documento Word</translation>
    </message>
    <message>
        <source>Funding request for %1</source>
        <translation>Pedido de financiamento ao parceiro %1</translation>
    </message>
    <message>
        <source>Writing the funding request for %1</source>
        <translation>A gerar o pedido de financiamento ao parceiro %1</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Importar livro</translation>
    </message>
    <message>
        <source>Workbooks, assessment packages and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>Livros, pacotes de avaliação e exportações ODK ou Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>A ler o livro</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importação cancelada.</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>A ler o pacote</translation>
    </message>
    <message>
        <source>Export of %1 submissions imported: %2 values proposed, no answer changed.</source>
        <translation>Exportação de %1 submissões importada: %2 valores propostos, nenhuma resposta alterada.</translation>
    </message>
    <message>
        <source>Reply of %1 imported: %2 values proposed, no answer changed.</source>
        <translation>Resposta de %1 importada: %2 valores propostos, nenhuma resposta alterada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>This workbook cannot be imported. Nothing was changed.</source>
        <translation>Este livro não pode ser importado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importação cancelada: nada foi alterado.</translation>
    </message>
    <message>
        <source>Imported %s.</source>
        <translation>Importado: %s.</translation>
    </message>
    <message>
        <source>Kept %s answers changed here since the export.</source>
        <translation>Mantidas %s respostas alteradas aqui desde a exportação.</translation>
    </message>
    <message>
        <source>Documents attached: %1.</source>
        <translation>Documentos anexados: %1.</translation>
    </message>
    <message>
        <source>Importing the workbook</source>
        <translation>A importar o livro</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agregação</translation>
    </message>
    <message>
        <source>Aggregating workbooks</source>
        <translation>A agregar livros</translation>
    </message>
    <message>
        <source>Aggregation cancelled.</source>
        <translation>Agregação cancelada.</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected, %3 superseded.</source>
        <translation>%1 aceites, %2 rejeitados, %3 substituídos.</translation>
    </message>
    <message>
        <source>Aggregate written: %s</source>
        <translation>Agregação guardada: %s</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejeitados:</translation>
    </message>
    <message>
        <source>Superseded (a later export is used):</source>
        <translation>Substituídos (é usada uma exportação posterior):</translation>
    </message>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>Avaliação da capacidade em dados sobre migração</translation>
    </message>
    <message>
        <source>This database cannot be written (%1: read-only folder or drive), so it is open read-only. You can read every assessment, export workbooks and PDF reports, and move the data folder (File ▸ Preferences ▸ Data folder, applied at the next start).</source>
        <translation>Não é possível escrever nesta base de dados (%1: pasta ou unidade só de leitura), pelo que está aberta só para leitura. Pode ler todas as avaliações, exportar livros e relatórios PDF, e mudar a pasta de dados (Ficheiro ▸ Preferências ▸ Pasta de dados, aplicado no próximo arranque).</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2), so it is open read-only: nothing more is written to it. You can still read every assessment and export workbooks and reports. To repair it, restore the last good backup: restart the application, which offers it, or run capacity-app --db &quot;%1&quot; check --restore (the damaged file is kept beside it).</source>
        <translation>A base de dados %1 está danificada (%2), pelo que está aberta só para leitura: nada mais é escrito nela. Pode continuar a ler todas as avaliações e exportar livros e relatórios. Para a reparar, restaure a última cópia de segurança válida: reinicie a aplicação, que a propõe, ou execute capacity-app --db &quot;%1&quot; check --restore (o ficheiro danificado é conservado ao lado).</translation>
    </message>
    <message>
        <source>The database is damaged: it is now open read-only.</source>
        <translation>A base de dados está danificada: está agora aberta só para leitura.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <source>&amp;Try saving again</source>
        <translation>&amp;Tentar guardar novamente</translation>
    </message>
    <message>
        <source>Save again what could not be saved (it is kept in its field)</source>
        <translation>Guardar novamente o que não foi possível guardar (mantém-se no respetivo campo)</translation>
    </message>
    <message>
        <source>Changes that could not be saved when the application last ended are in %1: enter them again.</source>
        <translation>As alterações que não puderam ser guardadas quando a aplicação terminou pela última vez estão em %1: introduza-as novamente.</translation>
    </message>
    <message>
        <source>Loading the questionnaire</source>
        <translation>A carregar o questionário</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Guardado %s</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Não guardado: %s</translation>
    </message>
    <message>
        <source>No policy question has a gap between need and availability.</source>
        <translation>Nenhuma questão de política tem lacuna entre a necessidade e a disponibilidade.</translation>
    </message>
    <message>
        <source>That assessment is in the trash: restore it first.</source>
        <translation>Essa avaliação está no lixo: restaure-a primeiro.</translation>
    </message>
    <message>
        <source>Last change %s</source>
        <translation>Última alteração %s</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved: %1. They are still in the window, marked “Not saved”.</source>
        <translation>
            <numerusform>%n alteração não pôde ser guardada: %1. Continua na janela, assinalada como «Não guardado».</numerusform>
            <numerusform>%n alterações não puderam ser guardadas: %1. Continuam na janela, assinaladas como «Não guardado».</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway and lose them? You can copy them first, to paste them elsewhere.</source>
        <translation>Fechar mesmo assim e perdê-las? Pode copiá-las primeiro, para as colar noutro lado.</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>&amp;Manter a janela aberta</translation>
    </message>
    <message>
        <source>&amp;Copy them and close</source>
        <translation>&amp;Copiá-las e fechar</translation>
    </message>
    <message>
        <source>C&amp;lose and lose them</source>
        <translation>&amp;Fechar e perdê-las</translation>
    </message>
    <message>
        <source>Moved to the trash. Show the trash to restore it.</source>
        <translation>Movida para o lixo. Mostre o lixo para a restaurar.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restaurada.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferências guardadas.</translation>
    </message>
    <message>
        <source>Stopping background work…</source>
        <translation>A parar o trabalho em segundo plano…</translation>
    </message>
</context>
<context>
    <name>MarkerLegend</name>
    <message>
        <source>gap</source>
        <translation>lacuna</translation>
    </message>
    <message>
        <source>needs work</source>
        <translation>a melhorar</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>adequado</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <source>Sections: the band of their score. Policy questions: the gap between the need and the data available; not assessed while no cell of their matrix row is answered.</source>
        <translation>Secções: o nível da sua pontuação. Questões de política: a lacuna entre a necessidade e os dados disponíveis; não avaliada enquanto nenhuma célula da sua linha da matriz tiver resposta.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>main source</source>
        <translation>fonte principal</translation>
    </message>
    <message>
        <source>supporting source</source>
        <translation>fonte complementar</translation>
    </message>
    <message>
        <source>not an expected source</source>
        <translation>fonte não prevista</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nível %1</translation>
    </message>
    <message>
        <source>no level yet</source>
        <translation>ainda sem nível</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>● main source   ○ supporting source   colour and number: derived level 0 (none) to 3 (fit for purpose). Arrow keys move, Enter edits, Esc returns.</source>
        <translation>● fonte principal   ○ fonte complementar   cor e número: nível derivado de 0 (nenhum) a 3 (adequado à finalidade). As setas movem, Enter edita, Esc regressa.</translation>
    </message>
    <message>
        <source>Policy question by data source matrix</source>
        <translation>Matriz das questões de política por fonte de dados</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Questionnaire</source>
        <translation>Questionário</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Pontuação: %1</translation>
    </message>
    <message>
        <source>Policy questions A–O</source>
        <translation>Questões de política A–O</translation>
    </message>
    <message>
        <source>Not assessed yet: no cell of its row in the matrix is answered.</source>
        <translation>Ainda não avaliada: nenhuma célula da sua linha na matriz tem resposta.</translation>
    </message>
    <message>
        <source>Need %1, availability %2, gap %3</source>
        <translation>Necessidade %1, disponibilidade %2, lacuna %3</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>não avaliada</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>lacuna %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>omitido</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nova avaliação</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>Ronda (ano)</translation>
    </message>
    <message>
        <source>optional: made from the country and round</source>
        <translation>opcional: composto pelo país e pela ronda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Data de referência</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Início da missão</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Fim da missão</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Re&amp;ference date:</source>
        <translation>&amp;Data de referência:</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>&amp;Início da missão:</translation>
    </message>
    <message>
        <source>Mission &amp;end:</source>
        <translation>&amp;Fim da missão:</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Entrevistada</translation>
    </message>
    <message>
        <source>Role of the respondent</source>
        <translation>Função do inquirido</translation>
    </message>
    <message>
        <source>Institutions interviewed</source>
        <translation>Instituições entrevistadas</translation>
    </message>
    <message>
        <source>These details are the answers of section S0 (Mission and respondents): correct or complete them there at any time.</source>
        <translation>Estes dados são as respostas da secção S0 (Missão e inquiridos): corrija-os ou complete-os aí a qualquer momento.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Institutions interviewed:</source>
        <translation>Instituições entrevistadas:</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Next round of %1 %2</source>
        <translation>Ronda seguinte de %1 %2</translation>
    </message>
    <message>
        <source>A new assessment of %1 starts from round %2.</source>
        <translation>Uma nova avaliação de %1 parte da ronda %2.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Data de referência</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Início da missão</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Fim da missão</translation>
    </message>
    <message>
        <source>R&amp;eference date:</source>
        <translation>&amp;Data de referência:</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>&amp;Início da missão:</translation>
    </message>
    <message>
        <source>Mission e&amp;nd:</source>
        <translation>&amp;Fim da missão:</translation>
    </message>
    <message>
        <source>&amp;Copy the answers of round %s (comments and evidence included) to review them</source>
        <translation>&amp;Copiar as respostas da ronda %s (incluindo comentários e documentos comprovativos) para as rever</translation>
    </message>
    <message>
        <source>&amp;Keep round %s&apos;s reference and mission dates where none is given here</source>
        <translation>&amp;Manter as datas de referência e da missão da ronda %s quando aqui não for indicada nenhuma</translation>
    </message>
    <message>
        <source>Also copied: the institutions, the section weights and the action plan. Dates left empty can be entered later in S0.</source>
        <translation>Também são copiados: as instituições, as ponderações das secções e o plano de ação. As datas deixadas em branco podem ser introduzidas mais tarde na S0.</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>Criar ronda</translation>
    </message>
    <message>
        <source>Created round %s from the previous one; Move to trash removes it again.</source>
        <translation>Ronda %s criada a partir da anterior; Mover para o lixo volta a removê-la.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so that a mission team can tell who answered what. You can change it later in File ▸ Preferences.</source>
        <translation>O seu nome é registado em cada alteração que fizer, para que a equipa da missão saiba quem respondeu a quê. Pode alterá-lo mais tarde em Ficheiro ▸ Preferências.</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nome do operador</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>o seu nome</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>O &amp;seu nome:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Mais tarde</translation>
    </message>
    <message>
        <source>Skip: ask nothing now</source>
        <translation>Saltar: não perguntar nada agora</translation>
    </message>
</context>
<context>
    <name>PartnerEditionDialog</name>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Parceiro:</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Word document</source>
        <translation>Documento &amp;Word</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>No cost line of the plan names a development partner yet: a partner&apos;s edition asks a partner to fund its lines.</source>
        <translation>Nenhuma linha de custo do plano indica ainda um parceiro de desenvolvimento: a edição para um parceiro pede a esse parceiro que financie as suas linhas.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Funding request for a partner</source>
        <translation>Pedido de financiamento para um parceiro</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <source>Report of %1</source>
        <translation>Relatório de %1</translation>
    </message>
    <message>
        <source>What the implementation report of %1 prints in the planning unit&apos;s own words: the summary before the figures, the decisions asked of the minister, and beside each action at risk or off track its corrective measure.</source>
        <translation>O que o relatório de execução de %1 imprime nas palavras da própria unidade de planeamento: o resumo antes dos números, as decisões pedidas ao ministro e, junto a cada ação em risco ou fora do previsto, a sua medida corretiva.</translation>
    </message>
    <message>
        <source>The planning unit&apos;s s&amp;ummary (a paragraph a line):</source>
        <translation>Resumo da unidade de &amp;planeamento (um parágrafo por linha):</translation>
    </message>
    <message>
        <source>&amp;Decisions asked of the minister, one a line, in their order:</source>
        <translation>&amp;Decisões pedidas ao ministro, uma por linha, pela sua ordem:</translation>
    </message>
    <message>
        <source>Corrective &amp;measures of the actions at risk or off track:</source>
        <translation>&amp;Medidas corretivas das ações em risco ou fora do previsto:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motivo indicado</translation>
    </message>
    <message>
        <source>Corrective measure</source>
        <translation>Medida corretiva</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>By (YYYY-MM-DD)</source>
        <translation>Prazo (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>The planning unit&apos;s summary</source>
        <translation>Resumo da unidade de planeamento</translation>
    </message>
    <message>
        <source>Decisions asked of the minister</source>
        <translation>Decisões pedidas ao ministro</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>Medidas corretivas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>The report of %1 typed is not saved.</source>
        <translation>O relatório de %1 escrito não está guardado.</translation>
    </message>
</context>
<context>
    <name>PlanCount</name>
    <message numerus="yes">
        <source>%n of %1 actions costed.</source>
        <translation>
            <numerusform>%n de %1 ações orçamentadas.</numerusform>
            <numerusform>%n de %1 ações orçamentadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>National budget</source>
        <translation>Orçamento nacional</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>Parceiro de desenvolvimento</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Outra fonte</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pessoal</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Consultores</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipamento</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Deslocações</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formação</translation>
    </message>
    <message>
        <source>Survey operations</source>
        <translation>Operações de inquérito</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identificado</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>prometido</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>comprometido</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>desembolsado</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Linha de custo</translation>
    </message>
    <message>
        <source>Edit the cost line</source>
        <translation>Editar a linha de custo</translation>
    </message>
    <message>
        <source>e.g. 45000000 or 1250.50</source>
        <translation>p. ex. 45000000 ou 1250.50</translation>
    </message>
    <message>
        <source>The development partner, or what the other source is</source>
        <translation>O parceiro de desenvolvimento, ou qual é a outra fonte</translation>
    </message>
    <message>
        <source>Funding &amp;secured</source>
        <translation>Financiamento asse&amp;gurado</translation>
    </message>
    <message>
        <source>Amount spent, when known</source>
        <translation>Montante gasto, quando conhecido</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montante:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Mo&amp;eda:</translation>
    </message>
    <message>
        <source>Cost basis: &amp;unit cost × quantity:</source>
        <translation>Base de custo: custo &amp;unitário × quantidade:</translation>
    </message>
    <message>
        <source>Cost ca&amp;tegory:</source>
        <translation>Ca&amp;tegoria de custo:</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>&amp;Fonte de financiamento:</translation>
    </message>
    <message>
        <source>&amp;Partner or other source:</source>
        <translation>&amp;Parceiro ou outra fonte:</translation>
    </message>
    <message>
        <source>Funding sta&amp;ge:</source>
        <translation>Fa&amp;se do financiamento:</translation>
    </message>
    <message>
        <source>Amount &amp;executed:</source>
        <translation>Montante e&amp;xecutado:</translation>
    </message>
    <message>
        <source>National budget takes o&amp;ver from:</source>
        <translation>O&amp;rçamento nacional assume a partir de:</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>The cost line typed is not saved.</source>
        <translation>A linha de custo introduzida não está guardada.</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Custo unitário</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Optional: the cost of one unit and the number of units; their product is the amount (filled in when the amount is left empty)</source>
        <translation>Opcional: o custo de uma unidade e o número de unidades; o seu produto é o montante (preenchido quando o montante fica em branco)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(não indicado)</translation>
    </message>
    <message>
        <source>Committed and disbursed funding is secured; identified and pledged funding is not</source>
        <translation>O financiamento comprometido e o desembolsado estão assegurados; o identificado e o prometido não</translation>
    </message>
    <message>
        <source>&amp;Recurrent cost (goes on after the action)</source>
        <translation>Custo re&amp;corrente (continua após a ação)</translation>
    </message>
    <message>
        <source>(not taken over)</source>
        <translation>(não assumido)</translation>
    </message>
    <message>
        <source>Year the national budget takes it over</source>
        <translation>Ano em que o orçamento nacional o assume</translation>
    </message>
    <message>
        <source>Amount a year, in the line&apos;s currency</source>
        <translation>Montante por ano, na moeda da linha</translation>
    </message>
    <message>
        <source>Amount a year taken over</source>
        <translation>Montante anual assumido</translation>
    </message>
    <message>
        <source>When the partner&apos;s funding ends: from which year the national budget pays this recurrent cost, and how much a year (after the partner&apos;s last funded year)</source>
        <translation>Quando o financiamento do parceiro termina: a partir de que ano o orçamento nacional paga este custo recorrente, e quanto por ano (após o último ano financiado pelo parceiro)</translation>
    </message>
    <message>
        <source>%1: write digits, with “%2” for decimals, such as 45000000 or %3 (no thousands separators).</source>
        <translation>%1: escreva algarismos, com «%2» para as casas decimais, como 45000000 ou %3 (sem separadores de milhares).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Amount executed</source>
        <translation>Montante executado</translation>
    </message>
    <message>
        <source>Currency and exchange rates</source>
        <translation>Moeda e taxas de câmbio</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>nenhuma conhecida</translation>
    </message>
    <message>
        <source>The country&apos;s (%s)</source>
        <translation>A do país (%s)</translation>
    </message>
    <message>
        <source>Plan &amp;currency:</source>
        <translation>&amp;Moeda do plano:</translation>
    </message>
    <message>
        <source>Exchange rates give the USD equivalents: units of each currency for one US dollar, with the date of the rate and its source (e.g. the UN operational rate of exchange). F2 edits a cell.</source>
        <translation>As taxas de câmbio dão os equivalentes em USD: unidades de cada moeda por um dólar dos EUA, com a data da taxa e a sua fonte (p. ex., a taxa de câmbio operacional das Nações Unidas). F2 edita uma célula.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Unidades por dólar dos EUA</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taxas de câmbio</translation>
    </message>
    <message>
        <source>E&amp;xchange rates:</source>
        <translation>&amp;Taxas de câmbio:</translation>
    </message>
    <message>
        <source>&amp;Add a rate</source>
        <translation>&amp;Adicionar uma taxa</translation>
    </message>
    <message>
        <source>&amp;Remove the rate</source>
        <translation>&amp;Remover a taxa</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>The exchange rates typed are not saved.</source>
        <translation>As taxas de câmbio introduzidas não estão guardadas.</translation>
    </message>
    <message>
        <source>Row %d: %s</source>
        <translation>Linha %d: %s</translation>
    </message>
    <message>
        <source>%s is not an ISO 4217 currency of the country table</source>
        <translation>%s não é uma moeda ISO 4217 da tabela de países</translation>
    </message>
    <message>
        <source>Validation of the action plan</source>
        <translation>Validação do plano de ação</translation>
    </message>
    <message>
        <source>Record that the government validated the plan as it is now. An action edited afterwards is shown as changed after validation, here, in the workbook and in the report.</source>
        <translation>Registe que o Governo validou o plano tal como está agora. Uma ação editada depois é apresentada como alterada após a validação, aqui, no livro e no relatório.</translation>
    </message>
    <message>
        <source>e.g. National validation workshop, the capital</source>
        <translation>p. ex. Seminário nacional de validação, na capital</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>Uma instituição por linha</translation>
    </message>
    <message>
        <source>Name of the person who approved the plan</source>
        <translation>Nome da pessoa que aprovou o plano</translation>
    </message>
    <message>
        <source>e.g. Director-General, National Statistics Office</source>
        <translation>p. ex. Diretor-Geral, Instituto Nacional de Estatística</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Institutions present:</source>
        <translation>&amp;Instituições presentes:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Aprovado &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Record the validation</source>
        <translation>&amp;Registar a validação</translation>
    </message>
    <message>
        <source>Reason for withdrawing the validation</source>
        <translation>Motivo para retirar a validação</translation>
    </message>
    <message>
        <source>&amp;Withdraw the validation</source>
        <translation>Re&amp;tirar a validação</translation>
    </message>
    <message>
        <source>The validation typed is not saved.</source>
        <translation>A validação introduzida não está guardada.</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the validation.</source>
        <translation>Indique o motivo para retirar a validação.</translation>
    </message>
    <message>
        <source>Cost of the plan and financing gap</source>
        <translation>Custo do plano e défice de financiamento</translation>
    </message>
    <message>
        <source>By &amp;year</source>
        <translation>Por &amp;ano</translation>
    </message>
    <message>
        <source>By &amp;institution</source>
        <translation>Por &amp;instituição</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>(ainda sem responsável)</translation>
    </message>
    <message>
        <source>By funding &amp;source</source>
        <translation>Por f&amp;onte de financiamento</translation>
    </message>
    <message>
        <source>By &amp;currency</source>
        <translation>Por &amp;moeda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Exchange rates: %s.</source>
        <translation>Taxas de câmbio: %s.</translation>
    </message>
    <message>
        <source>No exchange rate: no USD equivalents.</source>
        <translation>Nenhuma taxa de câmbio: sem equivalentes em USD.</translation>
    </message>
    <message>
        <source>No rate for %s: the USD figures are left out.</source>
        <translation>Nenhuma taxa para %s: os valores em USD são omitidos.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Garantido</translation>
    </message>
    <message>
        <source>Financing gap</source>
        <translation>Défice de financiamento</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Custo (USD)</translation>
    </message>
    <message>
        <source>Gap (USD)</source>
        <translation>Défice (USD)</translation>
    </message>
    <message>
        <source>No action is costed yet.</source>
        <translation>Ainda nenhuma ação está orçamentada.</translation>
    </message>
    <message>
        <source>Total cost %1; secured %2; financing gap %3.</source>
        <translation>Custo total %1; assegurado %2; défice de financiamento %3.</translation>
    </message>
</context>
<context>
    <name>PolicyChart</name>
    <message>
        <source>Availability and gap by policy question</source>
        <translation>Disponibilidade e lacuna por questão de política</translation>
    </message>
    <message>
        <source>need</source>
        <translation>necessidade</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilidade</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>lacuna</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nome do operador</translation>
    </message>
    <message>
        <source>your name, recorded with every change</source>
        <translation>o seu nome, registado em cada alteração</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Where the database and its backups live (kept in %s, read by the window and the command line alike).</source>
        <translation>Onde ficam a base de dados e as respetivas cópias de segurança (definição guardada em %s, lida tanto pela janela como pela linha de comandos).</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Língua predefinida dos relatórios</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Modelo Word</translation>
    </message>
    <message>
        <source>the bundled template</source>
        <translation>o modelo incluído</translation>
    </message>
    <message>
        <source>A Word document (.docx) whose styles the Word report uses: the national statistics office&apos;s own template.</source>
        <translation>Um documento Word (.docx) cujos estilos o relatório Word utiliza: o modelo próprio do instituto nacional de estatística.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Língua da interface</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>Nome do &amp;operador:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Pasta de dados:</translation>
    </message>
    <message>
        <source>Default &amp;report language:</source>
        <translation>Língua predefinida dos &amp;relatórios:</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Pasta das &amp;cópias de segurança:</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <source>&amp;Word template:</source>
        <translation>&amp;Modelo Word:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Língua da interface:</translation>
    </message>
    <message>
        <source>A new interface language applies from the next start.</source>
        <translation>Uma nova língua da interface aplica-se a partir do próximo arranque.</translation>
    </message>
    <message>
        <source>This database cannot be written: only the data folder (to move the data somewhere it can be written) and the interface language can be changed.</source>
        <translation>Não é possível escrever nesta base de dados: só se podem alterar a pasta de dados (para mover os dados para um local onde possam ser escritos) e a língua da interface.</translation>
    </message>
    <message>
        <source>The preferences typed are not saved.</source>
        <translation>As preferências introduzidas não estão guardadas.</translation>
    </message>
    <message>
        <source>The database and its backups are in this folder.</source>
        <translation>A base de dados e as respetivas cópias de segurança estão nesta pasta.</translation>
    </message>
    <message>
        <source>At the next start, the database and its backups move to %s.</source>
        <translation>No próximo arranque, a base de dados e as respetivas cópias de segurança passam para %s.</translation>
    </message>
    <message>
        <source>A database is already in %1: it is used from the next start; the current one stays in %2.</source>
        <translation>Já existe uma base de dados em %1: será utilizada a partir do próximo arranque; a atual permanece em %2.</translation>
    </message>
    <message>
        <source>At the next start, the database and its %1 backups move to %2 (the old file is kept, renamed “capacity.sqlite3.moved”).</source>
        <translation>No próximo arranque, a base de dados e as suas %1 cópias de segurança passam para %2 (o ficheiro antigo é mantido, com o nome «capacity.sqlite3.moved»).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Browse for %s</source>
        <translation>Procurar: %s</translation>
    </message>
</context>
<context>
    <name>ProcurementTab</name>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Add packa&amp;ge</source>
        <translation>Adicionar pac&amp;ote</translation>
    </message>
    <message>
        <source>Remove pac&amp;kage</source>
        <translation>Remover paco&amp;te</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>preparing the workbook</source>
        <translation>a preparar o livro</translation>
    </message>
    <message>
        <source>writing answers</source>
        <translation>a escrever as respostas</translation>
    </message>
    <message>
        <source>writing scores</source>
        <translation>a escrever as pontuações</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>a guardar</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>a verificar o ficheiro</translation>
    </message>
    <message>
        <source>reading answers</source>
        <translation>a ler as respostas</translation>
    </message>
    <message>
        <source>checking values</source>
        <translation>a verificar os valores</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lido</translation>
    </message>
    <message>
        <source>reading the answers</source>
        <translation>a ler as respostas</translation>
    </message>
    <message>
        <source>drawing the charts</source>
        <translation>a desenhar os gráficos</translation>
    </message>
    <message>
        <source>drawing the map</source>
        <translation>a desenhar o mapa</translation>
    </message>
    <message>
        <source>composing the pages</source>
        <translation>a compor as páginas</translation>
    </message>
    <message>
        <source>laying out the pages</source>
        <translation>a paginar</translation>
    </message>
    <message>
        <source>writing the PDF file</source>
        <translation>a escrever o ficheiro PDF</translation>
    </message>
    <message>
        <source>numbering the pages of the contents</source>
        <translation>a numerar as páginas do índice</translation>
    </message>
    <message>
        <source>writing the Word file</source>
        <translation>a escrever o ficheiro Word</translation>
    </message>
    <message>
        <source>writing the consolidated workbook</source>
        <translation>a escrever o livro consolidado</translation>
    </message>
    <message>
        <source>writing the PDF summary</source>
        <translation>a escrever o resumo em PDF</translation>
    </message>
    <message>
        <source>writing the analyst files</source>
        <translation>a escrever os ficheiros para analistas</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>making the forms</source>
        <translation>a criar os formulários</translation>
    </message>
    <message>
        <source>writing the form</source>
        <translation>a escrever o formulário</translation>
    </message>
    <message>
        <source>checking the form with pyxform</source>
        <translation>a verificar o formulário com o pyxform</translation>
    </message>
    <message>
        <source>writing the questions</source>
        <translation>a escrever as perguntas</translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation>a ler as submissões</translation>
    </message>
    <message>
        <source>reading the repeated rows</source>
        <translation>a ler as linhas repetidas</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 lido</translation>
    </message>
    <message>
        <source>reading one file</source>
        <translation>a ler um ficheiro</translation>
    </message>
    <message>
        <source>reading %1 files</source>
        <translation>a ler %1 ficheiros</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>The progress typed for %1 is not saved.</source>
        <translation>O progresso introduzido para %1 não está guardado.</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Progresso do plano</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Período de relato:</translation>
    </message>
    <message>
        <source>A year such as 2026 or a half-year such as 2026-H1</source>
        <translation>Um ano, como 2026, ou um semestre, como 2026-H1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Linha de custo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Desembolsado</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Ações</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>&amp;Montantes</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>In&amp;dicadores</translation>
    </message>
    <message>
        <source>&amp;Institutions&apos; replies…</source>
        <translation>Respostas das &amp;instituições…</translation>
    </message>
    <message>
        <source>&amp;Write the report…</source>
        <translation>&amp;Redigir o relatório…</translation>
    </message>
    <message>
        <source>The summary, the decisions asked of the minister and the corrective measures that the period&apos;s implementation report prints</source>
        <translation>O resumo, as decisões pedidas ao ministro e as medidas corretivas que o relatório de execução do período imprime</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Each action&apos;s status in the period</source>
        <translation>Estado de cada ação no período</translation>
    </message>
    <message>
        <source>Money of each cost line in the period</source>
        <translation>Montantes de cada linha de custo no período</translation>
    </message>
    <message>
        <source>%1 on track, %2 at risk, %3 off track, %4 not judged</source>
        <translation>%1 dentro do previsto, %2 em risco, %3 fora do previsto, %4 sem apreciação</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dentro do previsto</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Fora do previsto</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Sem apreciação</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Meta %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valor de base</translation>
    </message>
    <message>
        <source>Value measured</source>
        <translation>Valor medido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>The date the value was measured, written YYYY-MM-DD (such as 2026-10-15)</source>
        <translation>A data em que o valor foi medido, no formato AAAA-MM-DD (por exemplo, 2026-10-15)</translation>
    </message>
    <message>
        <source>Each indicator&apos;s value measured in the period</source>
        <translation>Valor medido de cada indicador no período</translation>
    </message>
    <message>
        <source>Output of action %1</source>
        <translation>Produto da ação %1</translation>
    </message>
    <message>
        <source>(value of %1)</source>
        <translation>(valor de %1)</translation>
    </message>
    <message>
        <source>(no target this year)</source>
        <translation>(sem meta neste ano)</translation>
    </message>
    <message>
        <source>indicator %1: type the value measured (a value recorded is replaced, never emptied)</source>
        <translation>indicador %1: introduza o valor medido (um valor registado é substituído, nunca apagado)</translation>
    </message>
</context>
<context>
    <name>ProgressRepliesDialog</name>
    <message>
        <source>Progress reported by the institutions</source>
        <translation>Progresso comunicado pelas instituições</translation>
    </message>
    <message>
        <source>Each institution leading actions reports their progress in a workbook: send it the workbook of a period, then receive its reply. The reply&apos;s rows are proposals: no progress changes until you accept one.</source>
        <translation>Cada instituição responsável por ações comunica o seu progresso num livro: envie-lhe o livro de um período e, depois, receba a respetiva resposta. As linhas da resposta são propostas: nenhum progresso é alterado enquanto não aceitar uma.</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Período de relato:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instituição:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>&amp;Send a workbook…</source>
        <translation>&amp;Enviar um livro…</translation>
    </message>
    <message>
        <source>As an &amp;XLSForm for ODK or Kobo</source>
        <translation>Como &amp;XLSForm para ODK ou Kobo</translation>
    </message>
    <message>
        <source>&amp;Receive a reply…</source>
        <translation>&amp;Receber uma resposta…</translation>
    </message>
    <message>
        <source>A returned workbook, or a KoboToolbox export (.xlsx) of the form&apos;s submissions</source>
        <translation>Um livro devolvido ou uma exportação do KoboToolbox (.xlsx) das submissões do formulário</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>Accep&amp;t all</source>
        <translation>Aceitar &amp;tudo</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeitar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Inquirido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Receção</translation>
    </message>
    <message>
        <source>Open proposals of the plan&apos;s progress</source>
        <translation>Propostas em aberto sobre o progresso do plano</translation>
    </message>
    <message>
        <source>(replaces what is recorded)</source>
        <translation>(substitui o que está registado)</translation>
    </message>
    <message>
        <source>Action %1, %2</source>
        <translation>Ação %1, %2</translation>
    </message>
    <message>
        <source>Indicator %1, %2</source>
        <translation>Indicador %1, %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>No action names the institution leading it.</source>
        <translation>Nenhuma ação indica a instituição responsável.</translation>
    </message>
    <message>
        <source>Save the progress workbook</source>
        <translation>Guardar o livro de progresso</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Livros Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the progress workbook</source>
        <translation>A escrever o livro de progresso</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Receive an institution&apos;s reply</source>
        <translation>Receber a resposta de uma instituição</translation>
    </message>
    <message>
        <source>Workbooks and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>Livros e exportações ODK ou Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Reading the reply</source>
        <translation>A ler a resposta</translation>
    </message>
    <message>
        <source>%1 for %2: this reply, filled %3, is older than the one of %4 received before: set aside, nothing stored.</source>
        <translation>%1 para %2: esta resposta, preenchida em %3, é mais antiga do que a de %4 recebida anteriormente: posta de parte, nada foi guardado.</translation>
    </message>
    <message>
        <source>%1 for %2: this reply states no time it was filled, unlike the one of %3 received before: set aside, nothing stored.</source>
        <translation>%1 para %2: esta resposta não indica quando foi preenchida, ao contrário da de %3 recebida anteriormente: posta de parte, nada foi guardado.</translation>
    </message>
    <message>
        <source>%1 for %2: %3 proposed, %4 as recorded already.</source>
        <translation>%1 para %2: %3 propostas, %4 iguais ao que já está registado.</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken on your word, not by the time it states (the one received before is of %2).</source>
        <translation>%1 respostas para o período: esta foi aceite por sua indicação e não pela hora que declara (a recebida anteriormente é de %2).</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one, of %2, is the newest.</source>
        <translation>%1 respostas para o período: esta, de %2, é a mais recente.</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken as the one received last (no time they state tells them apart).</source>
        <translation>%1 respostas para o período: esta foi considerada a última recebida (as horas que declaram não permitem distingui-las).</translation>
    </message>
    <message>
        <source>Reply set aside</source>
        <translation>Resposta posta de parte</translation>
    </message>
    <message>
        <source>Take this reply all the same? Its proposals then supersede the open ones of the reply received before.</source>
        <translation>Aceitar esta resposta mesmo assim? As suas propostas substituem então as propostas em aberto da resposta recebida anteriormente.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheiros do &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: %s.</source>
        <translation>Só de leitura: %s.</translation>
    </message>
</context>
<context>
    <name>ResultsChainDialog</name>
    <message>
        <source>Overall objective</source>
        <translation>Objetivo global</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Results chain</source>
        <translation>Cadeia de resultados</translation>
    </message>
    <message>
        <source>Overall objective (impact)</source>
        <translation>Objetivo global (impacto)</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>A&amp;ssumptions:</source>
        <translation>&amp;Pressupostos:</translation>
    </message>
    <message>
        <source>Outcomes (specific objectives)</source>
        <translation>Resultados (objetivos específicos)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Pressupostos</translation>
    </message>
    <message>
        <source>&amp;Add outcome</source>
        <translation>&amp;Adicionar resultado</translation>
    </message>
    <message>
        <source>&amp;Remove outcome</source>
        <translation>&amp;Remover resultado</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mede</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valor de base</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Ano de base</translation>
    </message>
    <message>
        <source>Targets (%1)</source>
        <translation>Metas (%1)</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Meios de verificação</translation>
    </message>
    <message>
        <source>Add &amp;indicator of</source>
        <translation>Adicionar &amp;indicador de</translation>
    </message>
    <message>
        <source>Remove in&amp;dicator</source>
        <translation>Remover in&amp;dicador</translation>
    </message>
    <message>
        <source>The outcome each action serves (an action is an output)</source>
        <translation>O resultado para que contribui cada ação (uma ação é um produto)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Outcome it serves</source>
        <translation>Resultado para que contribui</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Ação %1</translation>
    </message>
    <message>
        <source>(no outcome yet)</source>
        <translation>(ainda sem resultado)</translation>
    </message>
    <message>
        <source>The results chain typed is not saved.</source>
        <translation>A cadeia de resultados introduzida não está guardada.</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Novo resultado</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Novo indicador</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Not reviewed</source>
        <translation>Não revista</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Requer seguimento</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Review: ✓ validated, ? needs follow-up, ✗ disputed.</source>
        <translation>Revisão: ✓ validada, ? requer seguimento, ✗ contestada.</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validada</translation>
    </message>
    <message>
        <source>marked for follow-up</source>
        <translation>assinalada para seguimento</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestada</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>the answer changed after it was %1 by %2 on %3</source>
        <translation>a resposta foi alterada depois de ter sido %1 por %2 em %3</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>por %1, %2</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Review:</source>
        <translation>Revisão:</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisão</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Note: what is disputed, what to follow up</source>
        <translation>Nota: o que é contestado, o que requer seguimento</translation>
    </message>
    <message>
        <source>Review of this answer: %s</source>
        <translation>Revisão desta resposta: %s</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Mitigating measure</source>
        <translation>Medida de mitigação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável pelo risco</translation>
    </message>
    <message>
        <source>Add &amp;risk</source>
        <translation>Adicionar r&amp;isco</translation>
    </message>
    <message>
        <source>Remo&amp;ve risk</source>
        <translation>Re&amp;mover risco</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <source>Section scores chart</source>
        <translation>Gráfico das pontuações por secção</translation>
    </message>
    <message>
        <source>(round %1: %2)</source>
        <translation>(ronda %1: %2)</translation>
    </message>
    <message>
        <source>Click to open the section.</source>
        <translation>Clique para abrir a secção.</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>the database is on a network share, where SQLite cannot lock it safely: copy it to this computer and open the copy</source>
        <translation>a base de dados está numa partilha de rede, onde o SQLite não a consegue bloquear com segurança: copie-a para este computador e abra a cópia</translation>
    </message>
    <message>
        <source>the title is one line (it holds a line break)</source>
        <translation>o título ocupa uma só linha (contém uma quebra de linha)</translation>
    </message>
    <message>
        <source>is a folder, not a workbook</source>
        <translation>é uma pasta, não um livro</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>a base de dados está aberta só para leitura</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>a base de dados está fechada</translation>
    </message>
    <message>
        <source>no permission to read the database</source>
        <translation>sem permissão para ler a base de dados</translation>
    </message>
    <message>
        <source>is the database or one of its files; it is never attached as a document</source>
        <translation>é a base de dados ou um dos seus ficheiros; nunca é anexado como documento</translation>
    </message>
    <message>
        <source>is a backup of the database; it is never attached as a document</source>
        <translation>é uma cópia de segurança da base de dados; nunca é anexada como documento</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: set its status back to “In progress” to change it</source>
        <translation>a avaliação %1 (%2) é final: reponha o estado «Em curso» para a alterar</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: nothing was imported; set its status back to “In progress” to import into it</source>
        <translation>a avaliação %1 (%2) é final: nada foi importado; reponha o estado «Em curso» para importar dados para ela</translation>
    </message>
    <message>
        <source>the round must be a year from %1 to %2, not %3</source>
        <translation>a ronda tem de ser um ano entre %1 e %2, não %3</translation>
    </message>
    <message>
        <source>unknown answer key for questionnaire %1 %2</source>
        <translation>chave de resposta desconhecida para o questionário %1 %2</translation>
    </message>
    <message>
        <source>questionnaire version %1 cannot be imported: no declared mapping to version %2 (assessments/mappings)</source>
        <translation>a versão %1 do questionário não pode ser importada: não há correspondência declarada com a versão %2 (assessments/mappings)</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>falta o campo %1</translation>
    </message>
    <message>
        <source>unknown country code %1</source>
        <translation>código de país desconhecido: %1</translation>
    </message>
    <message>
        <source>round must be a year, got %1</source>
        <translation>a ronda tem de ser um ano, mas foi indicado %1</translation>
    </message>
    <message>
        <source>%1 appears twice (rows %2 and %3)</source>
        <translation>%1 aparece duas vezes (linhas %2 e %3)</translation>
    </message>
    <message>
        <source>holds the spreadsheet error %1, not a value (type the value)</source>
        <translation>contém o erro de folha de cálculo %1 e não um valor (introduza o valor)</translation>
    </message>
    <message>
        <source>backup folder %1: %2</source>
        <translation>pasta das cópias de segurança %1: %2</translation>
    </message>
    <message>
        <source>cannot write the backup taken before an import (%1)</source>
        <translation>não é possível escrever a cópia de segurança feita antes de uma importação (%1)</translation>
    </message>
    <message>
        <source>cannot write the daily backup (%1)</source>
        <translation>não é possível escrever a cópia de segurança diária (%1)</translation>
    </message>
    <message>
        <source>cannot write the backup (%1)</source>
        <translation>não é possível escrever a cópia de segurança (%1)</translation>
    </message>
    <message>
        <source>cannot create the lock file (%1)</source>
        <translation>não é possível criar o ficheiro de bloqueio (%1)</translation>
    </message>
    <message>
        <source>cannot open the database (%1)</source>
        <translation>não é possível abrir a base de dados (%1)</translation>
    </message>
    <message>
        <source>.%1 files cannot be attached (allowed: %2)</source>
        <translation>não é possível anexar ficheiros .%1 (permitidos: %2)</translation>
    </message>
    <message>
        <source>a file without an extension cannot be attached (allowed: %1)</source>
        <translation>não é possível anexar um ficheiro sem extensão (permitidos: %1)</translation>
    </message>
    <message>
        <source>the file is %1 MB; the limit is %2 MB per document</source>
        <translation>o ficheiro tem %1 MB; o limite é de %2 MB por documento</translation>
    </message>
    <message>
        <source>the assessment&apos;s documents would take %1 MB; the limit is %2 MB per assessment</source>
        <translation>os documentos da avaliação ocupariam %1 MB; o limite é de %2 MB por avaliação</translation>
    </message>
    <message>
        <source>this document is already attached to %1 (as %2, SHA-256 %3)</source>
        <translation>este documento já está anexado a %1 (como %2, SHA-256 %3)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>não pode ser lido (%1)</translation>
    </message>
    <message>
        <source>the package is too large (%1 MB; the limit is %2 MB)</source>
        <translation>o pacote é demasiado grande (%1 MB; o limite é de %2 MB)</translation>
    </message>
    <message>
        <source>the package is damaged or truncated (zip: %1)</source>
        <translation>o pacote está danificado ou truncado (zip: %1)</translation>
    </message>
    <message>
        <source>too many members (%1; the limit is %2)</source>
        <translation>demasiados membros (%1; o limite é %2)</translation>
    </message>
    <message>
        <source>member %1 is a folder that holds data or is named unsafely (a package holds files only)</source>
        <translation>o membro %1 é uma pasta que contém dados ou tem um nome inseguro (um pacote só contém ficheiros)</translation>
    </message>
    <message>
        <source>member %1 is refused: an absolute path or a path with “\”</source>
        <translation>o membro %1 é recusado: um caminho absoluto ou um caminho com «\»</translation>
    </message>
    <message>
        <source>member %1 is refused: a path with “..”, “.” or an empty part</source>
        <translation>o membro %1 é recusado: um caminho com «..», «.» ou uma parte vazia</translation>
    </message>
    <message>
        <source>member %1 is refused: a control character in its name</source>
        <translation>o membro %1 é recusado: um carácter de controlo no nome</translation>
    </message>
    <message>
        <source>two members are named %1</source>
        <translation>há dois membros com o nome %1</translation>
    </message>
    <message>
        <source>member %1 is a folder (a package holds files only)</source>
        <translation>o membro %1 é uma pasta (um pacote só contém ficheiros)</translation>
    </message>
    <message>
        <source>member %1 is a link or a special file</source>
        <translation>o membro %1 é uma ligação ou um ficheiro especial</translation>
    </message>
    <message>
        <source>member %1 is compressed %2 times (limit %3; possible zip bomb)</source>
        <translation>o membro %1 está comprimido %2 vezes (limite %3; possível bomba zip)</translation>
    </message>
    <message>
        <source>the package would decompress to %1 MB (possible zip bomb)</source>
        <translation>o pacote ocuparia %1 MB depois de descomprimido (possível bomba zip)</translation>
    </message>
    <message>
        <source>manifest.json is too large (%1 MB)</source>
        <translation>manifest.json é demasiado grande (%1 MB)</translation>
    </message>
    <message>
        <source>member %1 is not in the manifest</source>
        <translation>o membro %1 não consta do manifesto</translation>
    </message>
    <message>
        <source>member %1 of the manifest is missing</source>
        <translation>falta o membro %1 do manifesto</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (size %2, listed %3; the limit is %4 MB)</source>
        <translation>o membro %1 não corresponde ao manifesto (tamanho %2, indicado %3; o limite é de %4 MB)</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (its SHA-256 differs)</source>
        <translation>o membro %1 não corresponde ao manifesto (o SHA-256 é diferente)</translation>
    </message>
    <message>
        <source>the documents take more than %1 MB</source>
        <translation>os documentos ocupam mais de %1 MB</translation>
    </message>
    <message>
        <source>member %1 could not be unpacked (%2)</source>
        <translation>não foi possível extrair o membro %1 (%2)</translation>
    </message>
    <message>
        <source>the manifest attaches a document it does not hold (%1)</source>
        <translation>o manifesto anexa um documento que o pacote não contém (%1)</translation>
    </message>
    <message>
        <source>document %1 is attached to nothing in the manifest</source>
        <translation>o documento %1 não está anexado a nada no manifesto</translation>
    </message>
    <message>
        <source>member %1 decompresses to more than it declares (possible zip bomb)</source>
        <translation>o membro %1 descomprime para mais do que declara (possível bomba zip)</translation>
    </message>
    <message>
        <source>the package is damaged (member %1 is shorter than declared)</source>
        <translation>o pacote está danificado (o membro %1 é mais curto do que o declarado)</translation>
    </message>
    <message>
        <source>the package is damaged (member %1: %2)</source>
        <translation>o pacote está danificado (membro %1: %2)</translation>
    </message>
    <message>
        <source>the stored document %1 does not match its SHA-256 (damaged database?); no package written</source>
        <translation>o documento guardado %1 não corresponde ao seu SHA-256 (base de dados danificada?); nenhum pacote foi escrito</translation>
    </message>
    <message>
        <source>manifest.json is not valid: version %1 (this application reads version %2)</source>
        <translation>manifest.json não é válido: versão %1 (esta aplicação lê a versão %2)</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is neither workbook.xlsx nor documents/&lt;sha256&gt;.&lt;ext&gt;</source>
        <translation>manifest.json não é válido: o membro %1 não é workbook.xlsx nem documents/&lt;sha256&gt;.&lt;ext&gt;</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not named by its SHA-256</source>
        <translation>manifest.json não é válido: o nome do membro %1 não é o seu SHA-256</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not a kind that may be attached</source>
        <translation>manifest.json não é válido: o membro %1 não é de um tipo que possa ser anexado</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is an empty document (a document attached is never empty)</source>
        <translation>manifest.json não é válido: o membro %1 é um documento vazio (um documento anexado nunca está vazio)</translation>
    </message>
    <message>
        <source>manifest.json is not valid: an attachment&apos;s field “%1” is longer than %2 characters</source>
        <translation>manifest.json não é válido: o campo «%1» de um anexo tem mais de %2 carateres</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: its time %2 is not a date and time</source>
        <translation>manifest.json não é válido: anexo %1: a hora %2 não é uma data e hora</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1 to %2 listed twice</source>
        <translation>manifest.json não é válido: anexo %1 a %2 indicado duas vezes</translation>
    </message>
    <message>
        <source>manifest.json is not valid: %1 listed twice</source>
        <translation>manifest.json não é válido: %1 indicado duas vezes</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: %2</source>
        <translation>manifest.json não é válido: anexo %1: %2</translation>
    </message>
    <message>
        <source>the year %1 must be a year from %2 to %3</source>
        <translation>o ano %1 tem de ser um ano entre %2 e %3</translation>
    </message>
    <message>
        <source>the amount %1 has decimals: %2 has none</source>
        <translation>o montante %1 tem casas decimais: %2 não tem nenhuma</translation>
    </message>
    <message>
        <source>the amount %1 has more decimals than %2 has (%3)</source>
        <translation>o montante %1 tem mais casas decimais do que %2 (%3)</translation>
    </message>
    <message>
        <source>the amount executed %1 has decimals: %2 has none</source>
        <translation>o montante executado %1 tem casas decimais: %2 não tem nenhuma</translation>
    </message>
    <message>
        <source>the amount executed %1 has more decimals than %2 has (%3)</source>
        <translation>o montante executado %1 tem mais casas decimais do que %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency of the country table (for example XOF, EUR or USD)</source>
        <translation>%1 não é uma moeda ISO 4217 da tabela de países (por exemplo, XOF, EUR ou USD)</translation>
    </message>
    <message>
        <source>the currency %1 is not an ISO 4217 code (three capital letters, such as XOF or USD)</source>
        <translation>a moeda %1 não é um código ISO 4217 (três letras maiúsculas, como XOF ou USD)</translation>
    </message>
    <message>
        <source>the amount %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>o montante %1 é demasiado grande: os montantes são inferiores a 10000000000000 (dez biliões)</translation>
    </message>
    <message>
        <source>the amount executed %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>o montante executado %1 é demasiado grande: os montantes são inferiores a 10000000000000 (dez biliões)</translation>
    </message>
    <message>
        <source>the amount %1 has %2 decimals: at most %3</source>
        <translation>o montante %1 tem %2 casas decimais: no máximo %3</translation>
    </message>
    <message>
        <source>the amount executed %1 has %2 decimals: at most %3</source>
        <translation>o montante executado %1 tem %2 casas decimais: no máximo %3</translation>
    </message>
    <message>
        <source>the amount %1 has more than %2 digits</source>
        <translation>o montante %1 tem mais de %2 algarismos</translation>
    </message>
    <message>
        <source>the amount executed %1 has more than %2 digits</source>
        <translation>o montante executado %1 tem mais de %2 algarismos</translation>
    </message>
    <message>
        <source>the exchange rate %1 is not a number: write it with a point for decimals, such as 605.25</source>
        <translation>a taxa de câmbio %1 não é um número: escreva-a com ponto para as casas decimais, como 605.25</translation>
    </message>
    <message>
        <source>the exchange rate must be a number above zero, not %1</source>
        <translation>a taxa de câmbio tem de ser um número superior a zero, não %1</translation>
    </message>
    <message>
        <source>the exchange rate %1 has too many digits: at most %2, %3 of them decimals</source>
        <translation>a taxa de câmbio %1 tem demasiados algarismos: no máximo %2, dos quais %3 decimais</translation>
    </message>
    <message>
        <source>the date of the %1 rate must be a date YYYY-MM-DD, not %2</source>
        <translation>a data da taxa de %1 tem de ser uma data AAAA-MM-DD, não %2</translation>
    </message>
    <message>
        <source>two exchange rates for %1: keep one</source>
        <translation>duas taxas de câmbio para %1: mantenha uma</translation>
    </message>
    <message>
        <source>a plan has at most %1 exchange rates</source>
        <translation>um plano tem no máximo %1 taxas de câmbio</translation>
    </message>
    <message>
        <source>the funder&apos;s name is longer than %1 characters (%2)</source>
        <translation>o nome do financiador tem mais de %1 carateres (%2)</translation>
    </message>
    <message>
        <source>the rate&apos;s source is longer than %1 characters (%2)</source>
        <translation>a fonte da taxa tem mais de %1 carateres (%2)</translation>
    </message>
    <message>
        <source>cost line %1: %2</source>
        <translation>linha de custo %1: %2</translation>
    </message>
    <message>
        <source>the assessment would hold %1 MB of text (answers, comments, evidence, the action plan, review notes), more than a workbook carries (%2 MB): shorten the longest texts or attach long documents as files</source>
        <translation>a avaliação conteria %1 MB de texto (respostas, comentários, documentos comprovativos, plano de ação, notas de revisão), mais do que um livro comporta (%2 MB): encurte os textos mais longos ou anexe os documentos longos como ficheiros</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>nada foi importado: %1</translation>
    </message>
    <message>
        <source>the reporting period %1 is not a year such as 2026 or a half-year such as 2026-H1</source>
        <translation>o período de relato %1 não é um ano, como 2026, nem um semestre, como 2026-H1</translation>
    </message>
    <message>
        <source>the period %1 is before the plan, which starts in %2</source>
        <translation>o período %1 é anterior ao plano, que começa em %2</translation>
    </message>
    <message>
        <source>the period %1 has not begun (today is %2)</source>
        <translation>o período %1 ainda não começou (hoje é %2)</translation>
    </message>
    <message>
        <source>the period %1 is outside the plan&apos;s years (%2–%3)</source>
        <translation>o período %1 está fora dos anos do plano (%2–%3)</translation>
    </message>
    <message>
        <source>give the date the value of indicator %1 was measured</source>
        <translation>indique a data em que o valor do indicador %1 foi medido</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 is not a date YYYY-MM-DD: %2</source>
        <translation>a data do valor do indicador %1 não é uma data AAAA-MM-DD: %2</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 (%2) is after today (%3)</source>
        <translation>a data do valor do indicador %1 (%2) é posterior a hoje (%3)</translation>
    </message>
    <message>
        <source>the value of indicator %1 (%2) is not a number: write digits, such as 42 or 37.5</source>
        <translation>o valor do indicador %1 (%2) não é um número: escreva algarismos, como 42 ou 37.5</translation>
    </message>
    <message>
        <source>action %1 has progress recorded for %2: it stays in the plan so that its money stays counted; report it as dropped, with the reason, or remove its progress first</source>
        <translation>a ação %1 tem progresso registado para %2: permanece no plano para que os seus montantes continuem a ser contabilizados; comunique-a como abandonada, com o motivo, ou remova primeiro o seu progresso</translation>
    </message>
    <message>
        <source>cost line %1 of action %2 (%3, %4) holds money recorded for %5: it keeps its place, year, currency and funder (change its amount, or add a new line after it)</source>
        <translation>a linha de custo %1 da ação %2 (%3, %4) contém montantes registados para %5: mantém a posição, o ano, a moeda e o financiador (altere o montante ou acrescente uma nova linha a seguir)</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters (%2): shorten it</source>
        <translation>o título tem mais de %1 carateres (%2): encurte-o</translation>
    </message>
    <message>
        <source>%1 already has an assessment for round %2 (%4): open it, or choose another round</source>
        <translation>%1 já tem uma avaliação para a ronda %2 (%4): abra-a ou escolha outra ronda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Nova avaliação</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open the selected assessment (home)</source>
        <translation>Abrir a avaliação selecionada (página inicial)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Assessment details: title, round, country</source>
        <translation>Detalhes da avaliação: título, ronda, país</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the assessment, back to the list</source>
        <translation>Fechar a avaliação e voltar à lista</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation>Anular a última resposta</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>Localizar nas perguntas, nos identificadores e nos comentários</translation>
    </message>
    <message>
        <source>F3 / Shift+F3</source>
        <translation>F3 / Shift+F3</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Correspondência seguinte / anterior</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Next unanswered item</source>
        <translation>Item seguinte sem resposta</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Previous unanswered item</source>
        <translation>Item anterior sem resposta</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Review the current answer (a question, a grid row, a matrix cell)</source>
        <translation>Rever a resposta atual (uma pergunta, uma linha da grelha, uma célula da matriz)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>History of the current answer: who, when, restore a value</source>
        <translation>Histórico da resposta atual: quem, quando, restaurar um valor</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Next answer not reviewed</source>
        <translation>Resposta seguinte não revista</translation>
    </message>
    <message>
        <source>Ctrl+1 / 2 / 3</source>
        <translation>Ctrl+1 / 2 / 3</translation>
    </message>
    <message>
        <source>Questions / Matrix / Dashboard</source>
        <translation>Perguntas / Matriz / Painel</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Focus the navigator</source>
        <translation>Ir para o navegador</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Next questionnaire language</source>
        <translation>Língua seguinte do questionário</translation>
    </message>
    <message>
        <source>Alt+Down / Alt+Up</source>
        <translation>Alt+Down / Alt+Up</translation>
    </message>
    <message>
        <source>Next / previous section</source>
        <translation>Secção seguinte / anterior</translation>
    </message>
    <message>
        <source>Enter (matrix)</source>
        <translation>Enter (matriz)</translation>
    </message>
    <message>
        <source>Edit the current cell&apos;s fields</source>
        <translation>Editar os campos da célula atual</translation>
    </message>
    <message>
        <source>Esc (matrix panel)</source>
        <translation>Esc (painel da matriz)</translation>
    </message>
    <message>
        <source>Back to the grid</source>
        <translation>Voltar à grelha</translation>
    </message>
    <message>
        <source>F4 (grid)</source>
        <translation>F4 (grelha)</translation>
    </message>
    <message>
        <source>Open a cell&apos;s list or calendar</source>
        <translation>Abrir a lista ou o calendário de uma célula</translation>
    </message>
    <message>
        <source>Delete (grid)</source>
        <translation>Delete (grelha)</translation>
    </message>
    <message>
        <source>Clear a cell</source>
        <translation>Limpar uma célula</translation>
    </message>
    <message>
        <source>Shift+F10 (grid)</source>
        <translation>Shift+F10 (grelha)</translation>
    </message>
    <message>
        <source>Don&apos;t know / not applicable / clear</source>
        <translation>Não sabe / não aplicável / limpar</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the workbook</source>
        <translation>Exportar o livro</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Relatório em PDF</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Help (offline)</source>
        <translation>Ajuda (sem Internet)</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Completeness: %1 of the primary questions answered or not applicable, weighted by section (the method asks at least %2).</source>
        <translation>Completude: %1 das perguntas principais respondidas ou não aplicáveis, ponderada por secção (o método exige pelo menos %2).</translation>
    </message>
    <message>
        <source>Open follow-ups: %1.</source>
        <translation>Seguimentos em aberto: %1.</translation>
    </message>
    <message>
        <source>Answers not reviewed: %1 of %2.</source>
        <translation>Respostas não revistas: %1 de %2.</translation>
    </message>
    <message>
        <source>Disputed answers: %1.</source>
        <translation>Respostas contestadas: %1.</translation>
    </message>
    <message>
        <source>Answers citing a document that is not attached: %1.</source>
        <translation>Respostas que citam um documento não anexado: %1.</translation>
    </message>
    <message>
        <source>The score is provisional: too little is known for a band.</source>
        <translation>A pontuação é provisória: sabe-se demasiado pouco para atribuir um nível.</translation>
    </message>
    <message>
        <source>The supervisor has not signed the reviews off (Edit ▸ Sign off the reviews).</source>
        <translation>O supervisor não aprovou as revisões (Editar ▸ Aprovar as revisões).</translation>
    </message>
    <message>
        <source>Answers reviewed: %1 of %2.</source>
        <translation>Respostas revistas: %1 de %2.</translation>
    </message>
    <message>
        <source>The reviews cannot be signed off yet: review every answer (F8 goes to the next one) and settle every follow-up first.</source>
        <translation>Ainda não é possível aprovar as revisões: reveja primeiro todas as respostas (F8 passa à seguinte) e resolva todos os seguimentos.</translation>
    </message>
    <message>
        <source>The reviews can be signed off. Disputed answers and missing documents are written into the record and printed on the report&apos;s cover.</source>
        <translation>As revisões podem ser aprovadas. As respostas contestadas e os documentos em falta são inscritos no registo e impressos na capa do relatório.</translation>
    </message>
    <message>
        <source>Reviews signed off by %1 (%2) on %3.</source>
        <translation>Revisões aprovadas por %1 (%2) em %3.</translation>
    </message>
    <message>
        <source>It cannot be validated yet: bring completeness up to the threshold and settle every follow-up first.</source>
        <translation>Ainda não pode ser validada: leve primeiro a completude até ao limiar e resolva todos os seguimentos.</translation>
    </message>
    <message>
        <source>It can be validated. What stands open above is written into the validation&apos;s record and printed under the validation on the report&apos;s cover.</source>
        <translation>Pode ser validada. O que fica em aberto acima é inscrito no registo da validação e impresso sob a validação na capa do relatório.</translation>
    </message>
    <message>
        <source>It can be validated: nothing stands open.</source>
        <translation>Pode ser validada: nada fica em aberto.</translation>
    </message>
    <message>
        <source>Validated for the national statistics office by %1 (%2, %3) on %4.</source>
        <translation>Validada para o instituto nacional de estatística por %1 (%2, %3) em %4.</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validar</translation>
    </message>
    <message>
        <source>Validate for the national statistics office</source>
        <translation>Validar para o instituto nacional de estatística</translation>
    </message>
    <message>
        <source>Record who validates this assessment for the national statistics office. It becomes final: read-only until it is reopened, with a reason. The validation is printed on the report&apos;s cover and carried in the workbook.</source>
        <translation>Registe quem valida esta avaliação para o instituto nacional de estatística. A avaliação passa a ser final: só de leitura até ser reaberta, com um motivo. A validação é impressa na capa do relatório e incluída no livro.</translation>
    </message>
    <message>
        <source>e.g. Director-General</source>
        <translation>p. ex. Diretor-Geral</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instituição:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Give the name, position and institution of the person who validates, and the date.</source>
        <translation>Indique o nome, o cargo e a instituição da pessoa que valida, e a data.</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>Sign off the reviews</source>
        <translation>Aprovar as revisões</translation>
    </message>
    <message>
        <source>The mission&apos;s supervisor certifies that every answer was reviewed. This is not the national statistics office&apos;s validation, which comes after it. The supervisor is named here; the laptop&apos;s operator is recorded as who entered it.</source>
        <translation>O supervisor da missão certifica que todas as respostas foram revistas. Não se trata da validação do instituto nacional de estatística, que vem depois. O supervisor é indicado aqui; o operador do portátil fica registado como quem introduziu a aprovação.</translation>
    </message>
    <message>
        <source>e.g. Mission supervisor</source>
        <translation>p. ex. Supervisor da missão</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Give the supervisor&apos;s name and position, and the date.</source>
        <translation>Indique o nome e o cargo do supervisor, e a data.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation>Reabrir a avaliação</translation>
    </message>
    <message>
        <source>Reopening withdraws the validation: the report&apos;s cover and the workbook will say it was withdrawn, when, by whom and why, and list the answers changed afterwards. It can be validated again once the changes are made.</source>
        <translation>A reabertura retira a validação: a capa do relatório e o livro indicarão que foi retirada, quando, por quem e porquê, e listarão as respostas alteradas depois disso. A avaliação pode voltar a ser validada depois de feitas as alterações.</translation>
    </message>
    <message>
        <source>It withdraws the supervisor&apos;s review sign-off too: the reviews are signed off again before the next validation.</source>
        <translation>Retira também a aprovação das revisões pelo supervisor: as revisões voltam a ser aprovadas antes da próxima validação.</translation>
    </message>
    <message>
        <source>This assessment is final. Say why it is reopened: the rea&amp;son is recorded with your name and the time.</source>
        <translation>Esta avaliação é final. Indique por que é reaberta: o &amp;motivo é registado com o seu nome e a hora.</translation>
    </message>
    <message>
        <source>Say why the assessment is reopened: a reason is required.</source>
        <translation>Indique por que é reaberta a avaliação: é obrigatório um motivo.</translation>
    </message>
    <message>
        <source>This assessment is already final: reopen it (Status), with a reason, to validate it again.</source>
        <translation>Esta avaliação já é final: reabra-a (Estado), com um motivo, para a validar de novo.</translation>
    </message>
    <message>
        <source>This assessment is final: the reviews are signed off before the validation. Reopen it (Status), with a reason, to sign them off again.</source>
        <translation>Esta avaliação é final: as revisões são aprovadas antes da validação. Reabra-a (Estado), com um motivo, para as aprovar de novo.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Damaged database</source>
        <translation>Base de dados danificada</translation>
    </message>
    <message>
        <source>{error}

Restore the newest good backup?
{backup}

The damaged file is kept next to it with the suffix .damaged.</source>
        <translation>{error}

Restaurar a cópia de segurança válida mais recente?
{backup}

O ficheiro danificado é mantido ao lado, com o sufixo .damaged.</translation>
    </message>
</context>
<context>
    <name>StatusControl</name>
    <message>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Status of the assessment</source>
        <translation>Estado da avaliação</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress of %s</source>
        <translation>Progresso de %s</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não guardado</translation>
    </message>
    <message>
        <source>Save before going on?</source>
        <translation>Guardar antes de continuar?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <source>the data folder cannot be written (it is read-only, or on a read-only drive)</source>
        <translation>não é possível escrever na pasta de dados (é só de leitura ou está numa unidade só de leitura)</translation>
    </message>
    <message>
        <source>the disk is full (free some space)</source>
        <translation>o disco está cheio (liberte algum espaço)</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>outro programa está a utilizar a base de dados</translation>
    </message>
    <message>
        <source>the disk could not be written (was the drive removed?)</source>
        <translation>não foi possível escrever no disco (a unidade foi removida?)</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>a base de dados está fechada</translation>
    </message>
    <message>
        <source>the database could not be written</source>
        <translation>não foi possível escrever na base de dados</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>A year from %d to %d</source>
        <translation>Um ano entre %d e %d</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>The window&apos;s preferences cannot be read</source>
        <translation>Não é possível ler as preferências da janela</translation>
    </message>
    <message>
        <source>{file}

This is not a file the window can read its preferences from (a named pipe, a device or a folder, or a file larger than 1 MB). Move it away or delete it, then start the application again.</source>
        <translation>{file}

A janela não consegue ler as suas preferências deste ficheiro (um pipe com nome, um dispositivo ou uma pasta, ou um ficheiro com mais de 1 MB). Mova-o para outro local ou elimine-o e, em seguida, reinicie a aplicação.</translation>
    </message>
    <message>
        <source>Moving the data folder</source>
        <translation>A mudar a pasta de dados</translation>
    </message>
    <message>
        <source>Moving the data folder chosen in Preferences (the database and its backups are copied, then checked)…</source>
        <translation>A mudar a pasta de dados escolhida nas Preferências (a base de dados e as suas cópias de segurança são copiadas e depois verificadas)…</translation>
    </message>
    <message>
        <source>Upgrading the database</source>
        <translation>A atualizar a base de dados</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of the application (a backup of it is taken first)…</source>
        <translation>A atualizar a base de dados para esta versão da aplicação (primeiro é feita uma cópia de segurança)…</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Não é possível utilizar a pasta de dados</translation>
    </message>
</context>
</TS>
