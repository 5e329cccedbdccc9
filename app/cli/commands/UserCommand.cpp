#include "UserCommand.h"

#include <QJsonArray>

namespace warden {

QString UserCommand::name() const
{
    return QStringLiteral("user");
}

QString UserCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  user list --account C [--search TEXT] [--limit N] | show EMAIL | add --account C --email E\n"
              "       [--name N] [--upn U] | disable EMAIL | enable EMAIL | set-upn EMAIL UPN\n"
              "       set-address EMAIL NEW-EMAIL [--confirm]   (removes the user's admin roles)");
}

QList<QCommandLineOption> UserCommand::options() const
{
    return valueOptions({QStringLiteral("account"), QStringLiteral("search"), QStringLiteral("limit"),
                         QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("upn")})
        + flags({QStringLiteral("confirm")});
}

QJsonObject UserCommand::json(const User& user)
{
    return QJsonObject {{QStringLiteral("email"), user.email},
                        {QStringLiteral("displayName"), user.displayName},
                        {QStringLiteral("upn"), user.upn},
                        {QStringLiteral("source"), user.source},
                        {QStringLiteral("disabled"), user.disabled}};
}

int UserCommand::execute()
{
    return subcommand({{QStringLiteral("list"), [this] { return list(); }},
                       {QStringLiteral("show"), [this] { return show(); }},
                       {QStringLiteral("add"), [this] { return add(); }},
                       {QStringLiteral("disable"), [this] { return setDisabled(true); }},
                       {QStringLiteral("enable"), [this] { return setDisabled(false); }},
                       {QStringLiteral("set-address"), [this] { return setAddress(); }},
                       {QStringLiteral("set-upn"), [this] { return setUpn(); }}},
                      tr("user takes list, show, add, disable, enable, set-address or set-upn."));
}

int UserCommand::list()
{
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    const QString search = option(QStringLiteral("search")).value_or(QString());
    const int limit = option(QStringLiteral("limit")).value_or(QStringLiteral("50")).toInt();
    auto page = core().directory().search(actor(), account.value().id, search, 0, std::clamp(limit, 1, 10000));
    if (!page) {
        return fail(page.refusal());
    }
    QJsonArray users;
    QStringList lines;
    for (const User& u : page.value().users) {
        users.append(json(u));
        lines.append(QStringLiteral("%1  %2%3")
                         .arg(u.email.leftJustified(36), u.displayName, u.disabled ? tr(" (disabled)") : QString()));
    }
    print(users, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int UserCommand::show()
{
    const QString email = takePositional();
    auto user = core().directory().find(actor(), email);
    if (!user) {
        return fail(user.refusal());
    }
    auto roles = core().roles().rolesOfUser(actor(), email);
    QStringList names;
    for (const Role& r : roles ? roles.value() : QList<Role>()) {
        names.append(r.name);
    }
    QJsonObject shown = json(user.value());
    shown.insert(QStringLiteral("roles"), QJsonArray::fromStringList(names));
    print(shown,
          tr("%1 — %2\nRoles: %3")
              .arg(user.value().email, user.value().displayName,
                   names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    return CliExit::Ok;
}

int UserCommand::add()
{
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    User user;
    user.email = option(QStringLiteral("email")).value_or(QString());
    user.displayName = option(QStringLiteral("name")).value_or(QString());
    user.upn = option(QStringLiteral("upn")).value_or(QString());
    auto added = core().directory().addUser(actor(), account.value().id, user);
    if (!added) {
        return fail(added.refusal());
    }
    print(json(added.value()), tr("Added %1.").arg(added.value().email));
    return CliExit::Ok;
}

int UserCommand::setDisabled(bool disabled)
{
    const QString email = takePositional();
    if (auto done = core().directory().setDisabled(actor(), email, disabled); !done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("disabled"), disabled}},
          disabled ? tr("Disabled %1.").arg(email) : tr("Enabled %1.").arg(email));
    return CliExit::Ok;
}

int UserCommand::setAddress()
{
    const bool confirm = flag(QStringLiteral("confirm"));
    const QString email = takePositional();
    const QString newEmail = takePositional();
    auto removed = core().directory().changePrimaryAddress(actor(), email, newEmail, confirm);
    if (!removed) {
        return fail(removed.refusal());
    }
    print(
        QJsonObject {{QStringLiteral("from"), email},
                     {QStringLiteral("to"), newEmail},
                     {QStringLiteral("rolesRemoved"), QJsonArray::fromStringList(removed.value())}},
        removed.value().isEmpty()
            ? tr("%1 is now %2.").arg(email, newEmail)
            : tr("%1 is now %2; removed roles: %3.").arg(email, newEmail, removed.value().join(QStringLiteral(", "))));
    return CliExit::Ok;
}

int UserCommand::setUpn()
{
    const QString email = takePositional();
    const QString upn = takePositional();
    if (auto done = core().directory().setUpn(actor(), email, upn); !done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("upn"), upn}},
          tr("The UPN of %1 is now %2.").arg(email, upn));
    return CliExit::Ok;
}

} // namespace warden
