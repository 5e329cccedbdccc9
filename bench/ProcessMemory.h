#pragma once

#include <QByteArray>
#include <QFile>

namespace warden::bench {

/// A field of /proc/self/status in MB ("VmRSS:" now, "VmHWM:" the peak); 0 when unknown.
inline double statusMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

} // namespace warden::bench
