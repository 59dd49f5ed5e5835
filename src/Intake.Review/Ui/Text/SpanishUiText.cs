namespace Intake.Review.Ui.Text;

/// <summary>The review UI in Spanish, the default.</summary>
internal static class SpanishUiText
{
    public static UiText Text { get; } = new()
    {
        Code = "es",
        LanguageName = "Español",
        LanguageNames = new Dictionary<string, string> { ["es"] = "español", ["en"] = "inglés", ["pt"] = "portugués" },
        AppTitle = "Revisión de testimonios",
        ReaderLanguageLabel = "Idioma de lectura",
        LocalOnlyNotice = "Esta página la sirve la herramienta de revisión solo en este ordenador. Deténgala con Ctrl+C al terminar.",

        ListHeading = "Testimonios",
        FilterHeading = "Filtrar",
        FilterDay = "Día exacto",
        FilterFrom = "Desde el día",
        FilterTo = "Hasta el día",
        FilterAny = "Cualquiera",
        FilterApply = "Aplicar filtros",
        FilterClear = "Quitar filtros",
        InvalidDay = value => $"«{value}» no es un día (AAAA-MM-DD); ese filtro no se aplicó.",
        ListCount = (shown, total) => $"Se muestran {shown} de {total} testimonios.",
        ListEmpty = "Ningún testimonio coincide con estos filtros.",
        NothingImported = "Todavía no hay testimonios en este espacio de trabajo: importe un paquete con `review import BUNDLE`.",

        Day = "Día de recepción",
        Testimony = "Testimonio",
        SourceLanguage = "Idioma de la fuente",
        Country = "País",
        Sector = "Sector",
        Status = "Estado",
        Attachments = "Adjuntos",
        NewStatusName = "Nuevo",
        InReviewStatusName = "En revisión",
        DoneStatusName = "Terminado",

        TestimonyHeading = id => $"Testimonio {id}",
        BackToList = "Todos los testimonios",
        ChangeStatus = "Cambiar estado",
        AnswersHeading = "Respuestas",
        NoAnswers = "La fuente no respondió ninguna pregunta.",
        WrittenBySource = language => $"Tal como lo escribió la fuente, en {language}",
        NoAttachments = "Sin adjuntos.",
        AttachmentNumber = "N.º",
        FileName = "Nombre del archivo",
        DeclaredType = "Tipo declarado",
        Size = "Tamaño",
        AttachmentsHint = "Los adjuntos nunca se abren aquí. Para copiar uno fuera del espacio de trabajo (sin sus metadatos), ejecute en una terminal la orden que se indica, con la ruta que elija.",
        CopyCommand = "Para copiarlo",

        NotesHeading = "Notas",
        NoNotes = "Todavía no hay notas.",
        NewNote = "Nota nueva",
        AddNote = "Añadir nota",
        NoteEmpty = "Escriba la nota antes de añadirla.",
        NoteTooLong = limit => $"Una nota puede tener como máximo {limit} caracteres.",

        NotFoundHeading = "No encontrado",
        NotFoundMessage = "Esa página o ese testimonio no existe en este espacio de trabajo.",
        ForbiddenHeading = "Acceso denegado",
        ForbiddenMessage = "Abra la interfaz de revisión con el enlace que `review ui` muestra en la terminal. Cada enlace sirve una sola vez; para obtener otro, detenga `review ui` y vuelva a iniciarlo.",
        FormRefused = "Este formulario no proviene de esta sesión de revisión. Vuelva atrás, recargue la página e inténtelo de nuevo.",
    };
}
