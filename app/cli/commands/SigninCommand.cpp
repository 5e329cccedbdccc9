#include "SigninCommand.h"

#include <QJsonObject>

namespace warden {

QString SigninCommand::name() const
{
    return QStringLiteral("signin");
}

QString SigninCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  signin   sign in once; the session is kept in the keychain for the next commands");
}

int SigninCommand::execute()
{
    if (const int signedIn = context().signIn(); signedIn != CliExit::Ok) {
        return signedIn;
    }
    auto token = core().sessions().openSession(actor());
    if (!token) {
        return fail(token.refusal());
    }
    if (auto stored = Keychain().write(context().sessionKey(actor().email), token.value()); !stored) {
        (void)core().sessions().closeSession(token.value());
        return fail(stored.refusal());
    }
    print(QJsonObject {{QStringLiteral("email"), actor().email},
                       {QStringLiteral("sessionMinutes"), SessionService::kSessionSeconds / 60}},
          tr("Signed in as %1; the session lasts %2 minutes after the last command.")
              .arg(actor().email)
              .arg(SessionService::kSessionSeconds / 60));
    return CliExit::Ok;
}

} // namespace warden
