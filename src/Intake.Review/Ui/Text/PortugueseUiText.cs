namespace Intake.Review.Ui.Text;

/// <summary>The review UI in Portuguese.</summary>
internal static class PortugueseUiText
{
    public static UiText Text { get; } = new()
    {
        Code = "pt",
        LanguageName = "Português",
        LanguageNames = new Dictionary<string, string> { ["es"] = "espanhol", ["en"] = "inglês", ["pt"] = "português" },
        AppTitle = "Revisão de depoimentos",
        ReaderLanguageLabel = "Idioma de leitura",
        LocalOnlyNotice = "Esta página é servida pela ferramenta de revisão apenas neste computador. Pare-a com Ctrl+C ao terminar.",

        ListHeading = "Depoimentos",
        FilterHeading = "Filtrar",
        FilterDay = "Dia exato",
        FilterFrom = "A partir do dia",
        FilterTo = "Até o dia",
        FilterAny = "Qualquer",
        FilterApply = "Aplicar filtros",
        FilterClear = "Limpar filtros",
        InvalidDay = value => $"“{value}” não é um dia (AAAA-MM-DD); esse filtro não foi aplicado.",
        ListCount = (shown, total) => $"Mostrando {shown} de {total} depoimentos.",
        ListEmpty = "Nenhum depoimento corresponde a estes filtros.",
        NothingImported = "Ainda não há depoimentos neste espaço de trabalho: importe um pacote com `review import BUNDLE`.",

        Day = "Dia de recebimento",
        Testimony = "Depoimento",
        SourceLanguage = "Idioma da fonte",
        Country = "País",
        Sector = "Setor",
        Status = "Estado",
        Attachments = "Anexos",
        NewStatusName = "Novo",
        InReviewStatusName = "Em revisão",
        DoneStatusName = "Concluído",

        TestimonyHeading = id => $"Depoimento {id}",
        BackToList = "Todos os depoimentos",
        ChangeStatus = "Mudar estado",
        AnswersHeading = "Respostas",
        NoAnswers = "A fonte não respondeu a nenhuma pergunta.",
        WrittenBySource = language => $"Como a fonte escreveu, em {language}",
        NoAttachments = "Sem anexos.",
        AttachmentNumber = "N.º",
        FileName = "Nome do arquivo",
        DeclaredType = "Tipo declarado",
        Size = "Tamanho",
        AttachmentsHint = "Os anexos nunca são abertos aqui. Para copiar um para fora do espaço de trabalho (sem os seus metadados), execute num terminal o comando indicado, com o caminho que escolher.",
        CopyCommand = "Para copiá-lo",

        NotesHeading = "Notas",
        NoNotes = "Ainda não há notas.",
        NewNote = "Nova nota",
        AddNote = "Adicionar nota",
        NoteEmpty = "Escreva a nota antes de adicioná-la.",
        NoteTooLong = limit => $"Uma nota pode ter no máximo {limit} caracteres.",

        NotFoundHeading = "Não encontrado",
        NotFoundMessage = "Essa página ou esse depoimento não existe neste espaço de trabalho.",
        ForbiddenHeading = "Acesso recusado",
        ForbiddenMessage = "Abra a interface de revisão com o link que `review ui` mostra no terminal. Cada link funciona uma única vez; para obter outro, pare `review ui` e inicie-o de novo.",
        FormRefused = "Este formulário não veio desta sessão de revisão. Volte, recarregue a página e tente de novo.",
    };
}
