#include "AuditEntryText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace warden {

namespace {

/// What each kind of entry says; %1 is who did it, %2 what it was done to (the entry's target).
struct Phrase
{
    const char* action;
    const char* text;
};

// clang-format off
constexpr Phrase kPhrases[] = {
    {"role.create", QT_TRANSLATE_NOOP("AuditEntryText", "%1 created the role %2")},
    {"role.edit", QT_TRANSLATE_NOOP("AuditEntryText", "%1 changed the role %2")},
    {"role.delete", QT_TRANSLATE_NOOP("AuditEntryText", "%1 deleted the role %2")},
    {"user.add", QT_TRANSLATE_NOOP("AuditEntryText", "%1 added %2 to the directory")},
    {"user.add_many", QT_TRANSLATE_NOOP("AuditEntryText", "%1 added %2 to the directory")},
    {"user.disable", QT_TRANSLATE_NOOP("AuditEntryText", "%1 disabled %2")},
    {"user.enable", QT_TRANSLATE_NOOP("AuditEntryText", "%1 enabled %2")},
    {"user.move", QT_TRANSLATE_NOOP("AuditEntryText", "%1 moved %2 to this account")},
    {"user.address_change", QT_TRANSLATE_NOOP("AuditEntryText", "%1 changed the primary address to %2")},
    {"user.upn_change", QT_TRANSLATE_NOOP("AuditEntryText", "%1 changed the sign-in name (UPN) of %2")},
    {"directory.import", QT_TRANSLATE_NOOP("AuditEntryText", "%1 imported users into %2")},
    {"directory.sync", QT_TRANSLATE_NOOP("AuditEntryText", "%1 synchronized the directory of %2")},
    {"directory.sync.configure",
     QT_TRANSLATE_NOOP("AuditEntryText", "%1 changed the directory synchronization settings of %2")},
    {"admin.added", QT_TRANSLATE_NOOP("AuditEntryText", "%1 made %2 an administrator")},
    {"admin.edited", QT_TRANSLATE_NOOP("AuditEntryText", "%1 changed the administrator %2")},
    {"admin.deleted", QT_TRANSLATE_NOOP("AuditEntryText", "%1 deleted the administrator %2")},
    {"admin.password_reset", QT_TRANSLATE_NOOP("AuditEntryText", "%1 reset the password of %2")},
    {"admin.backup_marked", QT_TRANSLATE_NOOP("AuditEntryText", "%1 made %2 a backup administrator")},
    {"admin.backup_unmarked", QT_TRANSLATE_NOOP("AuditEntryText", "%1 made %2 no longer a backup administrator")},
    {"admin.backup_credential_rotated", QT_TRANSLATE_NOOP("AuditEntryText", "%1 replaced the backup credential of %2")},
    {"admin.backup_credential_revealed", QT_TRANSLATE_NOOP("AuditEntryText", "%1 revealed the backup credential of %2")},
    {"backup.access_test", QT_TRANSLATE_NOOP("AuditEntryText", "%1 tested the backup access of %2")},
    {"backup.access_review", QT_TRANSLATE_NOOP("AuditEntryText", "%1 reviewed the backup access of %2")},
    {"external_admin.add", QT_TRANSLATE_NOOP("AuditEntryText", "%1 added the external administrator %2")},
    {"external_admin.change_role", QT_TRANSLATE_NOOP("AuditEntryText", "%1 changed the role of the external administrator %2")},
    {"external_admin.remove", QT_TRANSLATE_NOOP("AuditEntryText", "%1 removed the external administrator %2")},
    {"partner.create", QT_TRANSLATE_NOOP("AuditEntryText", "%1 created the partner %2")},
    {"partner.delegate", QT_TRANSLATE_NOOP("AuditEntryText", "%1 delegated this account to the partner %2")},
    {"partner.revoke", QT_TRANSLATE_NOOP("AuditEntryText", "%1 revoked the delegation to the partner %2")},
    {"contact.add", QT_TRANSLATE_NOOP("AuditEntryText", "%1 added the account contact %2")},
    {"contact.edit", QT_TRANSLATE_NOOP("AuditEntryText", "%1 changed the account contact %2")},
    {"contact.remove", QT_TRANSLATE_NOOP("AuditEntryText", "%1 removed the account contact %2")},
    {"change_request.create", QT_TRANSLATE_NOOP("AuditEntryText", "%1 filed a change request: %2")},
    {"change_request.approve", QT_TRANSLATE_NOOP("AuditEntryText", "%1 approved a change request: %2")},
    {"change_request.reject", QT_TRANSLATE_NOOP("AuditEntryText", "%1 rejected a change request: %2")},
    {"change_request.cancel", QT_TRANSLATE_NOOP("AuditEntryText", "%1 cancelled a change request: %2")},
    {"change_request.expire", QT_TRANSLATE_NOOP("AuditEntryText", "A change request expired: %2")},
    {"computer.requested", QT_TRANSLATE_NOOP("AuditEntryText", "%1 asked for access from the computer %2")},
    {"computer.request_failed", QT_TRANSLATE_NOOP("AuditEntryText", "%1 could not ask for access from the computer %2")},
    {"computer.registered", QT_TRANSLATE_NOOP("AuditEntryText", "%1 registered the computer %2")},
    {"computer.approved", QT_TRANSLATE_NOOP("AuditEntryText", "%1 approved the computer %2")},
    {"computer.refused", QT_TRANSLATE_NOOP("AuditEntryText", "%1 refused the computer %2")},
    {"computer.revoked", QT_TRANSLATE_NOOP("AuditEntryText", "%1 revoked the computer %2")},
    {"computer.expired", QT_TRANSLATE_NOOP("AuditEntryText", "The access of the computer %2 expired")},
    {"computer.fingerprint_mismatch", QT_TRANSLATE_NOOP("AuditEntryText", "The computer %2 presented a different identity than approved")},
    {"key.rotated", QT_TRANSLATE_NOOP("AuditEntryText", "%1 rotated the database key")},
    {"key.exported", QT_TRANSLATE_NOOP("AuditEntryText", "%1 exported a recovery kit")},
    {"key.restored", QT_TRANSLATE_NOOP("AuditEntryText", "%1 restored the database key from a recovery kit")},
    {"signin.success", QT_TRANSLATE_NOOP("AuditEntryText", "%2 signed in")},
    {"signin.failed", QT_TRANSLATE_NOOP("AuditEntryText", "A sign-in as %2 failed")},
    {"signin.enrolled", QT_TRANSLATE_NOOP("AuditEntryText", "%2 enrolled a sign-in method")},
    {"setup.first_run", QT_TRANSLATE_NOOP("AuditEntryText", "%1 set up Warden as its first Super Administrator")},
    {"account.create", QT_TRANSLATE_NOOP("AuditEntryText", "%1 created the account %2")},
    {"account.ip_allow_list", QT_TRANSLATE_NOOP("AuditEntryText", "%1 changed the IP restrictions of %2")},
    {"account.federated_content_view", QT_TRANSLATE_NOOP("AuditEntryText", "%1 changed who may view federated content in %2")},
    {"domain.add", QT_TRANSLATE_NOOP("AuditEntryText", "%1 added the domain %2")},
    {"domain.link", QT_TRANSLATE_NOOP("AuditEntryText", "%1 linked the domain %2")},
    {"domain.unlink", QT_TRANSLATE_NOOP("AuditEntryText", "%1 unlinked the domain %2")},
};
// clang-format on

QJsonObject objectOf(const QString& json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? AuditEntryText::tr("yes") : AuditEntryText::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const auto& item : array) {
            items.append(item.isString()
                             ? item.toString()
                             : QString::fromUtf8(QJsonDocument(QJsonArray {item}).toJson(QJsonDocument::Compact))
                                   .mid(1)
                                   .chopped(1));
        }
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

/// `phrase` with %1 the actor and %2 the target, whichever of them it uses (QString::arg would
/// put the actor into a phrase's only %2).
QString withActorAndTarget(const QString& phrase, const QString& actor, const QString& target)
{
    QString text;
    text.reserve(phrase.size() + actor.size() + target.size());
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        if (phrase.at(i) == QLatin1Char('%') && i + 1 < phrase.size()
            && (phrase.at(i + 1) == QLatin1Char('1') || phrase.at(i + 1) == QLatin1Char('2'))) {
            text += phrase.at(i + 1) == QLatin1Char('1') ? actor : target;
            ++i;
        } else {
            text += phrase.at(i);
        }
    }
    return text;
}

} // namespace

QString AuditEntryText::sentence(const AuditEntry& entry)
{
    QString text;
    if (entry.action == QLatin1String("role.member.add")) {
        const QJsonObject after = objectOf(entry.after);
        const QJsonArray added = after.value(QStringLiteral("added")).toArray();
        const QString role = after.value(QStringLiteral("role")).toString();
        text = added.size() == 1 ? tr("%1 added %2 to %3").arg(entry.actor, added.first().toString(), role)
                                 : tr("%1 added %n people to %2", nullptr, int(added.size())).arg(entry.actor, role);
    } else if (entry.action == QLatin1String("role.member.remove")) {
        const QJsonObject before = objectOf(entry.before);
        text = tr("%1 removed %2 from %3")
                   .arg(entry.actor, before.value(QStringLiteral("member")).toString(),
                        before.value(QStringLiteral("role")).toString());
    } else {
        for (const Phrase& phrase : kPhrases) {
            if (entry.action == QLatin1String(phrase.action)) {
                text = withActorAndTarget(QCoreApplication::translate("AuditEntryText", phrase.text), entry.actor,
                                          entry.target);
                break;
            }
        }
        if (text.isEmpty()) {
            //: An audit entry of a kind the console has no sentence for: who, what kind, on what.
            text = tr("%1: %2 on %3").arg(entry.actor, entry.action, entry.target);
        }
    }
    if (!entry.accountCode.isEmpty()) {
        //: An audit entry's sentence and the account it happened in.
        text = tr("%1 in %2").arg(text, entry.accountCode);
    }
    return text;
}

QList<AuditFieldChange> AuditEntryText::changes(const AuditEntry& entry)
{
    const QJsonObject before = objectOf(entry.before);
    const QJsonObject after = objectOf(entry.after);
    QStringList keys;
    // Recorded order is lost in QJsonObject (sorted by key); keys before first, then new ones.
    for (auto it = before.begin(); it != before.end(); ++it) {
        keys.append(it.key());
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key())) {
            keys.append(it.key());
        }
    }
    QList<AuditFieldChange> changes;
    for (const QString& key : keys) {
        const QJsonValue was = before.value(key);
        const QJsonValue now = after.value(key);
        if (was == now) {
            continue;
        }
        changes.append({fieldName(key), valueText(was), valueText(now)});
    }
    return changes;
}

QString AuditEntryText::fieldName(const QString& key)
{
    static const QRegularExpression wordStart(QStringLiteral("(?<=[a-z0-9])(?=[A-Z])|_"));
    QStringList words = key.split(wordStart, Qt::SkipEmptyParts);
    for (QString& word : words) {
        word = word.toLower();
    }
    QString name = words.join(QLatin1Char(' '));
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    return name;
}

} // namespace warden
