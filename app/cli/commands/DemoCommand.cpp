#include "DemoCommand.h"

#include "DemoSeeder.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

QString DemoCommand::name() const
{
    return QStringLiteral("demo");
}

QString DemoCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  demo [--users N]");
}

QList<QCommandLineOption> DemoCommand::options() const
{
    return valueOptions({QStringLiteral("users")});
}

int DemoCommand::execute()
{
    bool numberOk = true;
    const int users = option(QStringLiteral("users")).value_or(QStringLiteral("2000")).toInt(&numberOk);
    if (!numberOk || users < 10 || users > 2000000) {
        return usageError(tr("--users takes a number from 10 to 2000000."));
    }
    DemoSeeder seeder(core());
    auto seeded = seeder.seed(users);
    if (!seeded) {
        return fail(seeded.refusal());
    }
    QJsonArray admins;
    QStringList lines {tr("Demo database ready at %1.").arg(context().dbLocation),
                       tr("Every demo administrator's password is: %1").arg(DemoSeeder::kDemoPassword),
                       tr("One-time codes: wardenctl totp-code SECRET, or add the secret to an authenticator app."),
                       QString()};
    for (const DemoAdmin& admin : seeded.value()) {
        admins.append(QJsonObject {{QStringLiteral("email"), admin.email},
                                   {QStringLiteral("role"), admin.role},
                                   {QStringLiteral("account"), admin.accountCode},
                                   {QStringLiteral("totpSecret"), admin.totpSecret}});
        lines.append(QStringLiteral("  %1  %2 (%3)  TOTP secret %4")
                         .arg(admin.email.leftJustified(28), admin.role, admin.accountCode, admin.totpSecret));
    }
    print(QJsonObject {{QStringLiteral("password"), DemoSeeder::kDemoPassword}, {QStringLiteral("admins"), admins}},
          lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

} // namespace warden
