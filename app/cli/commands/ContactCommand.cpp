#include "ContactCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

namespace {

/// The contact with `email`, or a new one (id 0) of `accountId`.
AccountContact contactOf(const QList<AccountContact>& contacts, qint64 accountId, const QString& email)
{
    for (const AccountContact& existing : contacts) {
        if (existing.email.compare(email, Qt::CaseInsensitive) == 0) {
            return existing;
        }
    }
    AccountContact contact;
    contact.accountId = accountId;
    return contact;
}

} // namespace

QString ContactCommand::name() const
{
    return QStringLiteral("contact");
}

QString ContactCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  contact list --account C | set --account C --email E --name N --title T [--director]\n"
              "       remove --account C EMAIL");
}

QList<QCommandLineOption> ContactCommand::options() const
{
    return valueOptions(
               {QStringLiteral("account"), QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("title")})
        + flags({QStringLiteral("director")});
}

int ContactCommand::execute()
{
    const QString sub = takePositional();
    if (sub != QLatin1String("list") && sub != QLatin1String("set") && sub != QLatin1String("remove")) {
        return usageError(tr("contact takes list, set or remove."));
    }
    auto account = accountOption();
    if (!account) {
        return fail(account.refusal());
    }
    auto contacts = core().contacts().list(actor(), account.value().id);
    if (!contacts) {
        return fail(contacts.refusal());
    }
    if (sub == QLatin1String("list")) {
        return list(contacts.value());
    }
    return sub == QLatin1String("set") ? set(account.value(), contacts.value()) : remove(contacts.value());
}

int ContactCommand::list(const QList<AccountContact>& contacts)
{
    QJsonArray json;
    QStringList lines;
    for (const AccountContact& contact : contacts) {
        json.append(QJsonObject {{QStringLiteral("name"), contact.name},
                                 {QStringLiteral("title"), contact.title},
                                 {QStringLiteral("email"), contact.email},
                                 {QStringLiteral("directorOrHigher"), contact.directorOrHigher}});
        lines.append(QStringLiteral("%1  %2, %3%4")
                         .arg(contact.email.leftJustified(36), contact.name, contact.title,
                              contact.directorOrHigher ? tr("  (approves)") : QString()));
    }
    print(json, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int ContactCommand::set(const Account& account, const QList<AccountContact>& contacts)
{
    const QString email = option(QStringLiteral("email")).value_or(QString());
    AccountContact contact = contactOf(contacts, account.id, email);
    contact.email = email;
    contact.name = option(QStringLiteral("name")).value_or(contact.name);
    contact.title = option(QStringLiteral("title")).value_or(contact.title);
    contact.directorOrHigher = flag(QStringLiteral("director"));
    auto saved = core().contacts().save(actor(), contact);
    return saved ? CliExit::Ok : fail(saved.refusal());
}

int ContactCommand::remove(const QList<AccountContact>& contacts)
{
    const QString email = takePositional();
    const AccountContact contact = contactOf(contacts, 0, email);
    if (contact.id == 0) {
        return fail(Refusal {Refusal::Kind::NotFound, tr("%1 is not a contact of this account.").arg(email)});
    }
    const Status done = core().contacts().remove(actor(), contact.accountId, contact.id);
    return done ? CliExit::Ok : fail(done.refusal());
}

} // namespace warden
