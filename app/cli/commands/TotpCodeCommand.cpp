#include "TotpCodeCommand.h"

#include "security/Base32.h"
#include "security/Totp.h"

#include <QDateTime>

namespace warden {

QString TotpCodeCommand::name() const
{
    return QStringLiteral("totp-code");
}

QString TotpCodeCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  totp-code SECRET   print the current code for a base32 secret (like oathtool)");
}

int TotpCodeCommand::execute()
{
    const QString secret = takePositional();
    const auto decoded = Base32::decode(secret);
    if (secret.isEmpty() || !decoded || decoded->isEmpty()) {
        return usageError(tr("totp-code needs a base32 secret."));
    }
    context().out() << Totp::codeAt(*decoded, QDateTime::currentSecsSinceEpoch()) << Qt::endl;
    return CliExit::Ok;
}

} // namespace warden
