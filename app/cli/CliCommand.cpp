#include "CliCommand.h"

#include "CliUsage.h"

#include <QJsonObject>

namespace warden {

int CliCommand::run(CliContext& context, const QCommandLineParser& parser)
{
    m_context = &context;
    m_parser = &parser;
    m_positional = parser.positionalArguments();
    return execute();
}

int CliCommand::subcommand(const QList<Subcommand>& subcommands, const QString& problem, const QString& fallback)
{
    QString name = takePositional();
    if (name.isEmpty()) {
        name = fallback;
    }
    for (const auto& [known, runIt] : subcommands) {
        if (known == name) {
            return runIt();
        }
    }
    return usageError(problem);
}

std::optional<QString> CliCommand::option(const QString& name) const
{
    if (!m_parser->isSet(name)) {
        return std::nullopt;
    }
    return m_parser->value(name);
}

bool CliCommand::flag(const QString& name) const
{
    return m_parser->isSet(name);
}

QString CliCommand::takePositional()
{
    return m_positional.isEmpty() ? QString() : m_positional.takeFirst();
}

int CliCommand::openAndSignIn()
{
    if (!m_context->asEmail) {
        return usageError(CliContext::tr("Say who you are with --as EMAIL."));
    }
    if (const int opened = m_context->openCore(); opened != CliExit::Ok) {
        return opened;
    }
    return m_context->signIn();
}

int CliCommand::usageError(const QString& problem)
{
    if (!problem.isEmpty()) {
        m_context->err() << problem << Qt::endl;
    }
    m_context->err() << CliUsage::text({usage()}) << Qt::endl;
    return CliExit::BadInput;
}

Result<Account> CliCommand::accountOption()
{
    const auto code = option(QStringLiteral("account"));
    if (!code) {
        return Refusal {Refusal::Kind::BadInput, tr("Name the account with --account CODE.")};
    }
    return core().accounts().find(actor(), *code);
}

int CliCommand::inAccount(const std::function<int(const Account&)>& step)
{
    auto account = accountOption();
    return account ? step(account.value()) : fail(account.refusal());
}

Result<Role> CliCommand::roleArgument(const Account& account)
{
    const QString name = takePositional();
    if (name.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("Name the role.")};
    }
    return core().roles().roleByName(actor(), account.id, name);
}

std::pair<QString, QString> CliCommand::confirmation()
{
    QString password = qEnvironmentVariable("WARDEN_PASSWORD");
    if (password.isEmpty()) {
        password = m_context->prompt(tr("Confirm with your password: "), true);
    }
    const auto code = option(QStringLiteral("confirm-otp"));
    return {password, code ? *code : m_context->prompt(tr("And a new one-time code: "), false)};
}

int CliCommand::printIssued(const IssuedCredentials& issued, const QString& done)
{
    QString text = done;
    if (!issued.temporaryPassword.isEmpty()) {
        text += QLatin1Char('\n')
            + tr("Temporary password for %1 (shown once; they set their own and enroll an authenticator at first "
                 "sign-in): %2")
                  .arg(issued.email, issued.temporaryPassword);
    }
    print(QJsonObject {{QStringLiteral("email"), issued.email},
                       {QStringLiteral("temporaryPassword"), issued.temporaryPassword}},
          text);
    return CliExit::Ok;
}

QList<QCommandLineOption> CliCommand::valueOptions(const QStringList& names)
{
    QList<QCommandLineOption> options;
    for (const QString& name : names) {
        options.append(QCommandLineOption(name, QString(), name.toUpper()));
    }
    return options;
}

QList<QCommandLineOption> CliCommand::flags(const QStringList& names)
{
    QList<QCommandLineOption> options;
    for (const QString& name : names) {
        options.append(QCommandLineOption(name));
    }
    return options;
}

} // namespace warden
