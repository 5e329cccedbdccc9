#include "CliUsage.h"

namespace warden {

QString CliUsage::text(const QStringList& commandUsages)
{
    //: wardenctl usage: the first lines; option names and placeholders stay in English.
    const QString synopsis = tr("Usage: wardenctl [--db PATH|postgresql://...] [--as EMAIL] [--otp CODE] [--json] "
                                "[--log-level LEVEL]\n                 [--client-address IP] <command> [arguments]");
    //: wardenctl usage: where the password and code come from, and the exit codes.
    const QString footer =
        tr("The password comes from WARDEN_PASSWORD or a prompt; the one-time code from --otp or a prompt.\n"
           "Exit codes: 0 ok, 1 refused (permission, sign-in, change request needed, or a rule such as the last\n"
           "Super Administrator), 2 bad input, 3 storage or keychain error, 4 health failing,\n"
           "5 directory server unreachable or refused.");
    //: wardenctl usage: the heading above the list of commands.
    return synopsis + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n') + commandUsages.join(QLatin1Char('\n'))
        + QLatin1Char('\n') + footer;
}

} // namespace warden
