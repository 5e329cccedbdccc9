#include "EnrollCommand.h"

#include "security/PasswordHasher.h"

#include <QJsonObject>

namespace warden {

QString EnrollCommand::name() const
{
    return QStringLiteral("enroll");
}

QString EnrollCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  enroll   first sign-in with a temporary password: set your own (WARDEN_NEW_PASSWORD or\n"
              "           prompted twice) and enroll an authenticator app (QR code, then --otp or a prompt)");
}

int EnrollCommand::execute()
{
    if (!context().asEmail) {
        return usageError(CliContext::tr("Say who you are with --as EMAIL."));
    }
    const QString email = *context().asEmail;
    QString password = qEnvironmentVariable("WARDEN_PASSWORD");
    if (password.isEmpty()) {
        password = context().prompt(tr("Temporary password for %1: ").arg(email), true);
    }
    auto enrollment = core().auth().beginEnrollment(email, password);
    password.fill(QLatin1Char('\0'));
    if (!enrollment) {
        return fail(enrollment.refusal());
    }
    QString newPassword;
    if (enrollment.value().needsNewPassword) {
        newPassword = qEnvironmentVariable("WARDEN_NEW_PASSWORD");
        if (newPassword.isEmpty()) {
            newPassword = context().prompt(tr("Choose your password: "), true);
            QString again = context().prompt(tr("The same password again: "), true);
            const bool same = again == newPassword;
            again.fill(QLatin1Char('\0'));
            if (!same) {
                newPassword.fill(QLatin1Char('\0'));
                return fail(Refusal {Refusal::Kind::BadInput, tr("The two passwords differ; nothing was changed.")});
            }
        }
        if (const QString problem = PasswordHasher::policyProblem(newPassword); !problem.isEmpty()) {
            return fail(Refusal {Refusal::Kind::BadInput, problem});
        }
    }
    context().showAuthenticatorSetup(enrollment.value().otpauthUri, enrollment.value().totpSecret);
    const QString code = context().otp ? *context().otp : context().prompt(tr("One-time code from the app: "), false);
    auto actor = core().auth().completeEnrollment(enrollment.value(), newPassword, code);
    newPassword.fill(QLatin1Char('\0'));
    if (!actor) {
        return fail(actor.refusal());
    }
    print(QJsonObject {{QStringLiteral("email"), actor.value().email}, {QStringLiteral("enrolled"), true}},
          tr("%1 is enrolled: sign in with your new password and a code from the app.").arg(actor.value().email));
    return CliExit::Ok;
}

} // namespace warden
