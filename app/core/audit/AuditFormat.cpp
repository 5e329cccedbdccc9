#include "AuditFormat.h"

#include "MerkleTree.h"

#include <QtEndian>
#include <sodium.h>

namespace warden {

namespace {

void appendField(QByteArray& out, const QByteArray& field)
{
    const quint32 length = qToBigEndian(static_cast<quint32>(field.size()));
    out.append(reinterpret_cast<const char*>(&length), sizeof(length)).append(field);
}

} // namespace

QByteArray AuditFormat::entryHash(const AuditRecord& entry, const QByteArray& previousHash)
{
    QByteArray encoded;
    encoded.reserve(256 + entry.before.size() + entry.after.size());
    appendField(encoded, "warden-audit-entry-v1");
    appendField(encoded, QByteArray::number(entry.seq));
    appendField(encoded, entry.at.toUtf8());
    appendField(encoded, QByteArray::number(entry.computerId));
    appendField(encoded, entry.actor.toUtf8());
    appendField(encoded, entry.accountCode.toUtf8());
    appendField(encoded, entry.action.toUtf8());
    appendField(encoded, entry.target.toUtf8());
    appendField(encoded, entry.before.toUtf8());
    appendField(encoded, entry.after.toUtf8());
    appendField(encoded, entry.mac.toLatin1());
    appendField(encoded, previousHash);
    QByteArray out(MerkleTree::kHashBytes, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(encoded.constData()),
                       static_cast<unsigned long long>(encoded.size()));
    return out;
}

QByteArray AuditFormat::entryMessage(const QString& databaseId, const QByteArray& hash)
{
    QByteArray message;
    appendField(message, "warden-audit-entry-signature-v1");
    appendField(message, databaseId.toUtf8());
    appendField(message, hash);
    return message;
}

QByteArray AuditFormat::headMessage(const QString& databaseId, qint64 seq, const QString& hashHex)
{
    QByteArray message;
    appendField(message, "warden-audit-head-v1");
    appendField(message, databaseId.toUtf8());
    appendField(message, QByteArray::number(seq));
    appendField(message, hashHex.toLatin1());
    return message;
}

QByteArray AuditFormat::checkpointMessage(const QString& databaseId, const AuditCheckpoint& checkpoint)
{
    QByteArray message;
    appendField(message, "warden-audit-checkpoint-v1");
    appendField(message, databaseId.toUtf8());
    appendField(message, QByteArray::number(checkpoint.size));
    appendField(message, checkpoint.root.toLatin1());
    appendField(message, checkpoint.at.toUtf8());
    appendField(message, QByteArray::number(checkpoint.computerId));
    return message;
}

} // namespace warden
