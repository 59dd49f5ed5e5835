namespace Intake.Server.Localization;

/// <summary>
/// The site in Spanish, the default: Cuban usage and "usted", short sentences for someone
/// reading on a small phone, often afraid.
/// </summary>
internal static class SpanishSiteText
{
    public static SiteText Text { get; } = new()
    {
        Code = "es",
        LanguageName = "Español",
        SiteTitle = "Testimonio",
        SkipToContent = "Ir al contenido",
        LanguageSwitchLabel = "Idioma",

        LandingHeading = "Cuente lo que le pasó en la misión",
        LandingIntro =
        [
            "Este es un lugar seguro y anónimo para contar lo que vivió en una misión de trabajo en el extranjero: como médico, enfermera, constructor, marino, maestro, artista, entrenador o en otro oficio.",
            "No tiene que dar su nombre. No tiene que crear ninguna cuenta.",
            "Su testimonio ayuda a documentar lo que pasa en las misiones, para que se conozca y se pueda denunciar.",
        ],

        WhatHappensHeading = "Qué pasa con su testimonio",
        WhatHappensItems =
        [
            "Su testimonio se cifra en cuanto llega: se guarda con un código secreto. Este servidor no puede leerlo.",
            "Solo lo lee el equipo de revisión, en una computadora que nunca se conecta a internet.",
            "Solo lo usamos de la forma que usted permita en las preguntas de permiso, al final del formulario.",
            "Lo que publiquemos serán solo números (por ejemplo, cuántas personas no vieron su contrato) o frases sin nombres ni detalles que permitan reconocerle.",
            "No guardamos su dirección de internet (IP) ni la hora en que escribió. Solo guardamos el día en que llegó el testimonio.",
        ],

        WhoReadsHeading = "Quién lo lee",
        WhoReadsParagraphs =
        [
            "Un equipo pequeño de personas que trabajan en derechos humanos. Leen cada testimonio con cuidado y con respeto.",
            "Nadie de ningún gobierno lo lee: ni del gobierno de Cuba, ni del país de la misión, ni de ningún otro.",
        ],

        StaySafeHeading = "Cómo protegerse",
        StaySafeItems =
        [
            "Use el Navegador Tor (Tor Browser). En su configuración, ponga el nivel de seguridad más alto, «El más seguro» (en inglés, «Safest»).",
            "Use un teléfono o una computadora que la misión no controle ni revise. Si el teléfono se lo dio la misión, o se lo revisan, no lo use para esto.",
            "Las fotos y los documentos guardan datos ocultos: el lugar donde se hicieron, el modelo del teléfono, el nombre de quien los hizo. Quite esos datos antes de enviarlos, o envíe una captura de pantalla o una foto de una copia impresa.",
            "No le cuente a nadie que escribió aquí.",
            "Puede dejar en blanco cualquier pregunta. Solo las preguntas de permiso necesitan una respuesta.",
            "Puede parar en cualquier momento. Si cierra la página antes de enviar, no se envía nada.",
            "Cuando termine, cierre el Navegador Tor.",
        ],

        StartButton = "Empezar",

        FormHeading = "Su testimonio",
        FormIntro =
        [
            "Responda solo lo que quiera. Puede dejar en blanco cualquier pregunta, menos las de permiso, al final.",
            "Si no quiere, no escriba su nombre ni el de otras personas. Puede contar lo que pasó sin ellos.",
            "No se envía nada hasta que toque el botón «Enviar testimonio», al final.",
        ],
        RequiredMarker = "(obligatoria)",
        AttachmentsLabel = "Fotos o documentos (si quiere)",
        AttachmentsHelp = "Puede adjuntar contratos, mensajes, fotos u otros documentos, hasta {0} en total. Antes de enviarlos, quite los datos ocultos de las fotos, o envíe capturas de pantalla.",
        SubmitButton = "Enviar testimonio",
        ErrorSummaryHeading = "Revise estas respuestas",
        FilesNotKept = "Por su seguridad, los archivos que eligió no se guardaron. Si quiere enviarlos, elíjalos otra vez.",

        ConfirmationHeading = "Recibimos su testimonio",
        ConfirmationParagraphs =
        [
            "Gracias por contar lo que vivió. Su testimonio llegó completo y está guardado cifrado.",
            "El equipo de revisión lo leerá en una computadora que no se conecta a internet.",
            "Ya puede cerrar el Navegador Tor. No le cuente a nadie que escribió aquí.",
        ],

        ErrorHeading = "Hubo un problema",
        ErrorTooLarge = "Los archivos suman más de {0}, que es el máximo. Este envío no se guardó. Vuelva al formulario y envíe menos archivos o archivos más pequeños.",
        ErrorTooManyFiles = "Se pueden enviar hasta {0} archivos. Este envío no se guardó. Vuelva al formulario y elija menos archivos.",
        ErrorBusy = "Ahora mismo hay demasiadas personas enviando testimonios. Este envío no se guardó. Espere unos minutos y vuelva a intentarlo.",
        ErrorUnavailable = "Ahora mismo el servicio no puede recibir testimonios. Este envío no se guardó. Vuelva a intentarlo más tarde.",
        ErrorDiskFull = "El servicio no puede recibir más testimonios por ahora. Este envío no se guardó. Vuelva a intentarlo dentro de unas horas.",
        ErrorBadRequest = "No pudimos leer lo que llegó. Puede pasar si la conexión se corta durante el envío. Vuelva al formulario e inténtelo otra vez.",
        ErrorNotFound = "Esta página no existe. Puede que la dirección esté incompleta.",
        ErrorForbidden = "El formulario ya no es válido porque pasó mucho tiempo, o la página se abrió por una vía que no es el Navegador Tor. Por su seguridad, no aceptamos el envío. Abra la dirección .onion en el Navegador Tor, cargue el formulario de nuevo e inténtelo otra vez.",
        ErrorServer = "Algo falló en el servidor. No es culpa suya. Puede que el envío no se haya guardado: espere unos minutos e inténtelo otra vez.",
        BackToStart = "Volver al inicio",

        ValidationRequired = "Esta pregunta necesita una respuesta.",
        ValidationTooLong = "El texto es demasiado largo: el máximo es {0} caracteres. Acórtelo un poco.",
        ValidationNotANumber = "Escriba solo un número, con cifras (por ejemplo: 40).",
        ValidationOutOfRange = "Escriba un número entre {0} y {1}.",
        ValidationInvalidChoice = "Elija una de las opciones que se muestran.",
    };
}
