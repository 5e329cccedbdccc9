#include "InitCommand.h"

#include "security/PasswordHasher.h"

#include <QJsonObject>

namespace warden {

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  init --account-code CODE --account-name NAME --email EMAIL [--name NAME]");
}

QList<QCommandLineOption> InitCommand::options() const
{
    return valueOptions({QStringLiteral("account-code"), QStringLiteral("account-name"), QStringLiteral("email"),
                         QStringLiteral("name")});
}

int InitCommand::execute()
{
    const auto code = option(QStringLiteral("account-code"));
    const auto name = option(QStringLiteral("account-name"));
    const auto email = option(QStringLiteral("email"));
    const QString displayName = option(QStringLiteral("name")).value_or(QString());
    if (!code || !name || !email) {
        return usageError(tr("init needs --account-code, --account-name and --email."));
    }
    auto enrollment = core().auth().startFirstRun(*email, displayName, *code, *name);
    if (!enrollment) {
        return fail(enrollment.refusal());
    }
    QString password = qEnvironmentVariable("WARDEN_PASSWORD");
    if (password.isEmpty()) {
        password = context().prompt(tr("New password for %1: ").arg(*email), true);
    }
    if (const QString problem = PasswordHasher::policyProblem(password); !problem.isEmpty()) {
        return fail(Refusal {Refusal::Kind::BadInput, problem});
    }
    context().showAuthenticatorSetup(enrollment.value().otpauthUri, enrollment.value().totpSecret);
    const QString confirmation =
        context().otp ? *context().otp : context().prompt(tr("One-time code from the app: "), false);
    auto actor = core().auth().completeFirstRun(enrollment.value(), password, confirmation);
    password.fill(QLatin1Char('\0'));
    if (!actor) {
        return fail(actor.refusal());
    }
    print(QJsonObject {{QStringLiteral("superAdministrator"), actor.value().email},
                       {QStringLiteral("account"), code->trimmed()}},
          tr("Created account %1 with %2 as its first Super Administrator.").arg(code->trimmed(), actor.value().email));
    return CliExit::Ok;
}

} // namespace warden
