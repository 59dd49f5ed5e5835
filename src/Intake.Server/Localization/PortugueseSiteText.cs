namespace Intake.Server.Localization;

/// <summary>
/// The site in Brazilian Portuguese ("você"): many sources served in Brazil, Angola,
/// Mozambique and other Portuguese-speaking countries.
/// </summary>
internal static class PortugueseSiteText
{
    public static SiteText Text { get; } = new()
    {
        Code = "pt",
        LanguageName = "Português",
        SiteTitle = "Testimonio",
        SkipToContent = "Pular para o conteúdo",
        LanguageSwitchLabel = "Idioma",

        LandingHeading = "Conte o que aconteceu com você na missão",
        LandingIntro =
        [
            "Este é um lugar seguro e anônimo para contar o que você viveu em uma missão de trabalho no exterior: como médico, enfermeira, trabalhador da construção, marinheiro, professor, artista, treinador ou em outra profissão.",
            "Você não precisa dar seu nome. Você não precisa criar nenhuma conta.",
            "Seu depoimento ajuda a documentar o que acontece nas missões, para que isso seja conhecido e possa ser denunciado.",
        ],

        WhatHappensHeading = "O que acontece com seu depoimento",
        WhatHappensItems =
        [
            "Seu depoimento é criptografado assim que chega: fica guardado com um código secreto. Este servidor não consegue lê-lo.",
            "Só a equipe de revisão lê o depoimento, em um computador que nunca se conecta à internet.",
            "Só usamos o depoimento da forma que você permitir nas perguntas de autorização, no final do formulário.",
            "O que publicarmos serão apenas números (por exemplo, quantas pessoas não viram o contrato) ou frases sem nomes nem detalhes que permitam reconhecer você.",
            "Não guardamos seu endereço de internet (IP) nem a hora em que você escreveu. Guardamos apenas o dia em que o depoimento chegou.",
        ],

        WhoReadsHeading = "Quem lê",
        WhoReadsParagraphs =
        [
            "Uma pequena equipe de pessoas que trabalham com direitos humanos. Elas leem cada depoimento com cuidado e respeito.",
            "Ninguém de nenhum governo lê: nem do governo de Cuba, nem do país da missão, nem de nenhum outro.",
        ],

        StaySafeHeading = "Como se proteger",
        StaySafeItems =
        [
            "Use o Navegador Tor (Tor Browser). Nas configurações, escolha o nível de segurança mais alto, “O mais seguro” (em inglês, “Safest”).",
            "Use um celular ou computador que a missão não controle nem verifique. Se o celular foi dado pela missão, ou se alguém o verifica, não use esse celular para isto.",
            "Fotos e documentos guardam informações escondidas: o lugar onde foram feitos, o modelo do celular, o nome de quem os fez. Apague essas informações antes de enviar, ou envie uma captura de tela ou uma foto de uma cópia impressa.",
            "Não conte a ninguém que você escreveu aqui.",
            "Você pode deixar qualquer pergunta em branco. Só as perguntas de autorização precisam de resposta.",
            "Você pode parar a qualquer momento. Se fechar a página antes de enviar, nada é enviado.",
            "Quando terminar, feche o Navegador Tor.",
        ],

        StartButton = "Começar",

        FormHeading = "Seu depoimento",
        FormIntro =
        [
            "Responda só o que quiser. Você pode deixar qualquer pergunta em branco, menos as de autorização, no final.",
            "Se preferir, não escreva seu nome nem o de outras pessoas. Você pode contar o que aconteceu sem eles.",
            "Nada é enviado até você tocar no botão “Enviar depoimento”, no final.",
        ],
        RequiredMarker = "(obrigatória)",
        AttachmentsLabel = "Fotos ou documentos (se quiser)",
        AttachmentsHelp = "Você pode anexar contratos, mensagens, fotos ou outros documentos, até {0} no total. Antes de enviar, apague as informações escondidas das fotos, ou envie capturas de tela.",
        SubmitButton = "Enviar depoimento",
        ErrorSummaryHeading = "Confira estas respostas",
        FilesNotKept = "Para sua segurança, os arquivos que você escolheu não foram guardados. Se quiser enviá-los, escolha-os de novo.",

        ConfirmationHeading = "Recebemos seu depoimento",
        ConfirmationParagraphs =
        [
            "Obrigado por contar o que você viveu. Seu depoimento chegou completo e está guardado criptografado.",
            "A equipe de revisão vai lê-lo em um computador que nunca se conecta à internet.",
            "Agora você pode fechar o Navegador Tor. Não conte a ninguém que você escreveu aqui.",
        ],

        ErrorHeading = "Houve um problema",
        ErrorTooLarge = "Os arquivos somam mais de {0}, que é o máximo. Este envio não foi guardado. Volte ao formulário e envie menos arquivos ou arquivos menores.",
        ErrorTooManyFiles = "É possível enviar até {0} arquivos. Este envio não foi guardado. Volte ao formulário e escolha menos arquivos.",
        ErrorBusy = "Agora há pessoas demais enviando depoimentos. Este envio não foi guardado. Espere alguns minutos e tente de novo.",
        ErrorUnavailable = "Agora o serviço não pode receber depoimentos. Este envio não foi guardado. Tente de novo mais tarde.",
        ErrorDiskFull = "O serviço não pode receber mais depoimentos por enquanto. Este envio não foi guardado. Tente de novo daqui a algumas horas.",
        ErrorBadRequest = "Não conseguimos ler o que chegou. Isso pode acontecer se a conexão cair durante o envio. Volte ao formulário e tente de novo.",
        ErrorNotFound = "Esta página não existe. Talvez o endereço esteja incompleto.",
        ErrorForbidden = "O formulário não é mais válido porque passou muito tempo, ou a página foi aberta por um caminho que não é o Navegador Tor. Para sua segurança, o envio não foi aceito. Abra o endereço .onion no Navegador Tor, carregue o formulário de novo e tente outra vez.",
        ErrorServer = "Algo falhou no servidor. Não é culpa sua. Talvez o envio não tenha sido guardado: espere alguns minutos e tente de novo.",
        BackToStart = "Voltar ao início",

        ValidationRequired = "Esta pergunta precisa de uma resposta.",
        ValidationTooLong = "O texto está longo demais: o máximo é {0} caracteres. Encurte um pouco.",
        ValidationNotANumber = "Escreva só um número, com algarismos (por exemplo: 40).",
        ValidationOutOfRange = "Escreva um número entre {0} e {1}.",
        ValidationInvalidChoice = "Escolha uma das opções mostradas.",
    };
}
