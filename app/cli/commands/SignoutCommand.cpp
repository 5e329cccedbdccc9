#include "SignoutCommand.h"

#include <QJsonObject>

namespace warden {

QString SignoutCommand::name() const
{
    return QStringLiteral("signout");
}

QString SignoutCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  signout  end the session kept in the keychain");
}

int SignoutCommand::execute()
{
    const Keychain keychain;
    const QString key = context().sessionKey(actor().email);
    auto token = keychain.read(key);
    if (token) {
        (void)core().sessions().closeSession(token.value());
    }
    if (auto removed = keychain.remove(key); !removed) {
        return fail(removed.refusal());
    }
    print(QJsonObject {{QStringLiteral("signedOut"), actor().email}}, tr("Signed out."));
    return CliExit::Ok;
}

} // namespace warden
