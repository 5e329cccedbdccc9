#include "DemoCodeCommand.h"

#include "DemoSeeder.h"
#include "security/Totp.h"
#include "storage/Database.h"

#include <QDateTime>

namespace warden {

QString DemoCodeCommand::name() const
{
    return QStringLiteral("demo-code");
}

QString DemoCodeCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  demo-code EMAIL    print the current code of a demo administrator (secret from the keychain)");
}

int DemoCodeCommand::execute()
{
    const QString email = takePositional();
    auto secret = Keychain().read(DemoSeeder::demoSecretKey(core().database().databaseId(), email));
    if (!secret) {
        return fail(
            secret.refusal().kind == Refusal::Kind::NotFound
                ? Refusal {Refusal::Kind::NotFound, tr("%1 is not a demo administrator of this database.").arg(email)}
                : secret.refusal());
    }
    context().out() << Totp::codeAt(secret.value(), QDateTime::currentSecsSinceEpoch()) << Qt::endl;
    return CliExit::Ok;
}

} // namespace warden
