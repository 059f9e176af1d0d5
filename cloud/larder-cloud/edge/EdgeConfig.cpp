// SPDX-License-Identifier: MIT
#include "EdgeConfig.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <unistd.h>

namespace larder::cloud {

namespace {

/// The answers the edge gives itself, in the shapes clients expect: the REST API's
/// `{"error","message"}`, and Cognito's `__type` on the identity endpoint.
/// A request whose line cannot be parsed (`/%zz`, `/../x`, `%00`) has no URI to carry into a
/// named location (nginx answers 500 "empty URI in redirect"): its 400 goes to a URI instead.
const char *const kErrorPages = R"(
        error_page 400 494 /_edge/bad_request;
        error_page 413 @too_large;
        error_page 429 @throttled;
        error_page 502 503 504 @unavailable;
)";

const char *const kNamedLocations = R"(
        location = /_edge/bad_request {
            internal;
            return 400 '{"error":"BadRequest","message":"The request is malformed or its headers are too large."}';
        }
        location @too_large {
            return 413 '{"error":"PayloadTooLarge","message":"The request body is larger than %BODY% KiB."}';
        }
        location @throttled {
            add_header Retry-After 1 always;
            return 429 '{"error":"TooManyRequests","message":"Too many requests; wait a moment and try again."}';
        }
        location @cognito_throttled {
            default_type application/x-amz-json-1.1;
            return 400 '{"__type":"TooManyRequestsException","message":"Rate exceeded"}';
        }
        location @unavailable {
            add_header Retry-After 1 always;
            return 503 '{"error":"ServiceUnavailable","message":"The service is starting or restarting; try again in a moment."}';
        }
)";

} // namespace

EdgeConfig::EdgeConfig(const QString &directory, const QString &logDir, int publicPort,
                       QStringList services, Files files)
    : m_dir(directory), m_logDir(logDir), m_publicPort(publicPort), m_services(std::move(services)),
      m_files(std::move(files))
{
}

QString EdgeConfig::servers() const
{
    QString out;
    for (const QString &address : m_services)
        out += QStringLiteral("        server %1 max_fails=1 fail_timeout=5s;\n").arg(address);
    return out;
}

QString EdgeConfig::program()
{
    // Debian installs it in /usr/sbin, which is not on every user's PATH.
    return QFile::exists(QStringLiteral("/usr/sbin/nginx")) ? QStringLiteral("/usr/sbin/nginx")
                                                            : QStringLiteral("nginx");
}

QStringList EdgeConfig::arguments() const
{
    // -e: the log nginx writes before it has read its configuration (1.19.5+).
    return {QStringLiteral("-c"), configPath(),         QStringLiteral("-p"),
            m_dir + u'/',         QStringLiteral("-e"), logPath()};
}

QString EdgeConfig::text() const
{
    using L = Limits;
    QString conf =
        QStringLiteral("# Written by larder-cloud at every start; edits are overwritten.\n"
                       "daemon off;\n"
                       "master_process on;\n"
                       "worker_processes 1;\n"
                       "worker_rlimit_nofile 8192;\n"
                       "pid %1/nginx.pid;\n"
                       "error_log %2 notice;\n");
    conf = conf.arg(m_dir, logPath());
    if (::geteuid() == 0) // workers would otherwise switch to 'nobody' and lose the temp dirs
        conf += QStringLiteral("user root root;\n");
    conf += QStringLiteral("events { worker_connections 4096; }\n\nhttp {\n");
    conf += QStringLiteral(
                "    access_log off;\n"
                "    server_tokens off;\n"
                "    default_type application/json;\n"
                "    client_body_temp_path %1/tmp/body;\n"
                "    proxy_temp_path %1/tmp/proxy;\n"
                "    fastcgi_temp_path %1/tmp/fastcgi;\n"
                "    uwsgi_temp_path %1/tmp/uwsgi;\n"
                "    scgi_temp_path %1/tmp/scgi;\n\n"
                "    # What one request may cost.\n"
                "    client_max_body_size %2k;\n"
                "    client_body_buffer_size 64k;\n"
                "    client_header_buffer_size 1k;\n"
                "    large_client_header_buffers 4 %3k;\n\n"
                "    # Idle and slow clients (the TLS handshake counts as reading headers).\n"
                "    client_header_timeout %4s;\n"
                "    client_body_timeout %4s;\n"
                "    send_timeout %4s;\n"
                "    keepalive_timeout %5s;\n"
                "    keepalive_requests 1000;\n"
                "    reset_timedout_connection on;\n\n")
                .arg(m_dir)
                .arg(L::maxBodyKiB)
                .arg(L::headerBufferKiB)
                .arg(L::timeoutSeconds)
                .arg(L::keepAliveSeconds);
    conf += QStringLiteral(
                "    # Per address: requests in flight, and rates (AWS's throttling shapes).\n"
                "    limit_conn_zone $binary_remote_addr zone=perip:10m;\n"
                "    limit_conn perip %1;\n"
                "    limit_conn_status 429;\n"
                "    limit_req_status 429;\n"
                "    map $http_x_amz_target $account_key {\n"
                "        default \"\";\n"
                "        \"~^AWSCognitoIdentityProviderService\\.(SignUp|ConfirmSignUp|"
                "ResendConfirmationCode|ForgotPassword|ConfirmForgotPassword)$\" "
                "$binary_remote_addr;\n"
                "    }\n"
                "    map $http_x_amz_target $signin_key {\n"
                "        default \"\";\n"
                "        \"AWSCognitoIdentityProviderService.InitiateAuth\" $binary_remote_addr;\n"
                "    }\n"
                "    limit_req_zone $account_key zone=account:10m rate=%2r/m;\n"
                "    limit_req_zone $signin_key zone=signin:10m rate=%3r/s;\n"
                "    limit_req_zone $binary_remote_addr zone=join:10m rate=%4r/m;\n"
                "    limit_req_zone $binary_remote_addr zone=api:10m rate=%5r/s;\n"
                "    limit_req_zone $binary_remote_addr zone=media:10m rate=%6r/s;\n\n")
                .arg(L::connectionsPerAddress)
                .arg(L::accountPerMinute)
                .arg(L::signInPerSecond)
                .arg(L::joinsPerMinute)
                .arg(L::apiPerSecond)
                .arg(L::mediaPerSecond);
    conf +=
        QStringLiteral(
            "    # The services, on loopback, reached with mutual TLS as the edge only: one per\n"
            "    # instance serving the API, the next tried when one refuses or times out.\n"
            "    upstream larder {\n"
            "%1"
            "        keepalive 16;\n"
            "    }\n\n"
            "    server {\n"
            "        listen 127.0.0.1:%2 ssl backlog=4096;\n"
            "        ssl_certificate %3;\n"
            "        ssl_certificate_key %4;\n"
            "        ssl_protocols TLSv1.2 TLSv1.3;\n"
            "        ssl_session_cache shared:tls:1m;\n\n"
            "        proxy_http_version 1.1;\n"
            "        proxy_set_header Connection \"\";\n"
            "        proxy_set_header Host $host;\n"
            "        proxy_set_header X-Real-IP $remote_addr;\n"
            "        proxy_ssl_certificate %5;\n"
            "        proxy_ssl_certificate_key %6;\n"
            "        proxy_ssl_trusted_certificate %7;\n"
            "        proxy_ssl_verify on;\n"
            "        proxy_ssl_name localhost;\n"
            "        proxy_ssl_session_reuse on;\n"
            "        proxy_ssl_protocols TLSv1.2 TLSv1.3;\n"
            "        proxy_connect_timeout 5s;\n"
            "        proxy_send_timeout 10s;\n"
            "        proxy_read_timeout 30s;\n"
            "        proxy_request_buffering on;\n")
            .arg(servers())
            .arg(m_publicPort)
            .arg(m_files.serverCert, m_files.serverKey, m_files.clientCert, m_files.clientKey,
                 m_files.ca);
    conf += QString::fromLatin1(kErrorPages);
    conf += QStringLiteral(
        "\n        # Cognito's API: account operations and sign-in throttled per address.\n"
        "        location = / {\n"
        "            limit_req zone=account burst=30 nodelay;\n"
        "            limit_req zone=signin burst=20 nodelay;\n"
        "            error_page 400 494 /_edge/bad_request;\n"
        "            error_page 413 @too_large;\n"
        "            error_page 429 =400 @cognito_throttled;\n"
        "            error_page 502 503 504 @unavailable;\n"
        "            proxy_pass https://larder;\n"
        "        }\n"
        "        # Invitation codes: guesses are slow.\n"
        "        location = /api/families/join {\n"
        "            limit_req zone=join burst=20 nodelay;\n"
        "            proxy_pass https://larder;\n"
        "        }\n"
        "        location / {\n"
        "            limit_req zone=api burst=100 nodelay;\n"
        "            proxy_pass https://larder;\n"
        "        }\n");
    conf += mediaLocations();
    conf += QString::fromLatin1(kNamedLocations)
                .replace(QStringLiteral("%BODY%"), QString::number(L::maxBodyKiB));
    conf += QStringLiteral("    }\n}\n");
    return conf;
}

QString EdgeConfig::mediaLocations() const
{
    // auth_request lets through 2xx and passes 401/403 on; larder-cloud answers 403 with S3's
    // status, code and sentence in headers, which @s3_error writes as S3's XML.
    QString xml =
        QStringLiteral("'<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>$s3_code</Code>"
                       "<Message>$s3_message</Message><Resource>$uri</Resource></Error>\n'");
    // What a body the edge writes to disk goes through: the decision first, S3's errors.
    const QString decided =
        QStringLiteral("            client_max_body_size %1m;\n"
                       "            client_body_timeout 60s;\n"
                       "            auth_request /_media_authorize;\n"
                       "            auth_request_set $s3_status $upstream_http_x_s3_status;\n"
                       "            auth_request_set $s3_code $upstream_http_x_s3_code;\n"
                       "            auth_request_set $s3_message $upstream_http_x_s3_message;\n"
                       "            error_page 403 = @s3_error;\n"
                       "            error_page 404 = @s3_no_such_key;\n"
                       "            error_page 413 = @s3_too_large;\n")
            .arg(Limits::maxObjectMiB);
    return QStringLiteral(
               "\n        # The media store: objects are files; every request is decided first.\n"
               "        location /internal/ {\n"
               "            return 404;\n"
               "        }\n"
               "        location /media/ {\n"
               "            limit_req zone=media burst=%5 nodelay;\n"
               "            # Which way the edge takes it; the cloud's verifier must agree.\n"
               "            set $media_route object;\n"
               "            # Multipart: a part is written beside its upload's other parts,\n"
               "            # under the edge's request id, which is also its ETag; creating,\n"
               "            # completing and aborting an upload are the cloud's to answer.\n"
               "            set $media_probe \"$request_method:$arg_uploadId:$arg_partNumber\";\n"
               "            if ($media_probe ~ \"^PUT:(?<media_upload>[0-9a-f]{32}):"
               "(?<media_part>[1-9][0-9]{0,4})$\") {\n"
               "                rewrite ^ /_media_part/$media_upload/$media_part.$request_id "
               "last;\n"
               "            }\n"
               "            if ($request_method = POST) {\n"
               "                rewrite ^ /_media_multipart last;\n"
               "            }\n"
               "            if ($media_probe ~ \"^DELETE:.\") {\n"
               "                rewrite ^ /_media_multipart last;\n"
               "            }\n"
               "            # A whole object lands in staging; the cloud's check moves it into\n"
               "            # the store, which the edge only serves (written once, never after).\n"
               "            if ($request_method = PUT) {\n"
               "                rewrite ^ /_media_stage$uri last;\n"
               "            }\n"
               "%4"
               "            root %2;\n"
               "            types {\n"
               "                image/jpeg jpg; image/png png; image/webp webp;\n"
               "                audio/mp4 m4a; audio/ogg ogg; audio/webm weba; audio/wav wav;\n"
               "                video/mp4 mp4; video/webm webm;\n"
               "            }\n"
               "            default_type application/octet-stream;\n"
               "        }\n"
               "        location /_media_stage/ {\n"
               "            internal;\n"
               "            set $media_route object;\n"
               "%4"
               "            alias %2/staging/;\n"
               "            dav_methods PUT;\n"
               "            create_full_put_path on;\n"
               "            dav_access user:rw;\n"
               "        }\n"
               "        location /_media_part/ {\n"
               "            internal;\n"
               "            set $media_route part;\n"
               "%4"
               "            alias %2/parts/;\n"
               "            dav_methods PUT;\n"
               "            create_full_put_path on;\n"
               "            dav_access user:rw;\n"
               "            add_header ETag \"\\\"$request_id\\\"\";\n"
               "        }\n"
               "        location = /_media_multipart {\n"
               "            internal;\n"
               "            client_max_body_size 1m;\n"
               "            proxy_pass https://larder/internal/media/multipart;\n"
               "            proxy_set_header X-Edge-Route multipart;\n"
               "            proxy_set_header X-Original-Method $request_method;\n"
               "            proxy_set_header X-Original-Uri $request_uri;\n"
               "            proxy_set_header X-Original-Host $http_host;\n"
               "            proxy_set_header X-Original-Content-Type $http_content_type;\n"
               "            proxy_set_header X-Original-Content-Length $http_content_length;\n"
               "        }\n"
               "        location = /_media_authorize {\n"
               "            internal;\n"
               "            client_max_body_size 0; # the body is not passed, only judged\n"
               "            proxy_pass https://larder/internal/media/authorize;\n"
               "            proxy_set_header X-Edge-Route $media_route;\n"
               "            proxy_pass_request_body off;\n"
               "            proxy_set_header Content-Length \"\";\n"
               "            proxy_set_header X-Original-Method $request_method;\n"
               "            proxy_set_header X-Original-Uri $request_uri;\n"
               "            proxy_set_header X-Original-Host $http_host;\n"
               "            proxy_set_header X-Original-Content-Type $http_content_type;\n"
               "            proxy_set_header X-Original-Content-Length $http_content_length;\n"
               "        }\n"
               "        location @s3_error {\n"
               "            types { }\n"
               "            default_type application/xml;\n"
               "            if ($s3_status = 400) { return 400 %3; }\n"
               "            if ($s3_status = 404) { return 404 %3; }\n"
               "            if ($s3_status = 405) { return 405 %3; }\n"
               "            if ($s3_status = 411) { return 411 %3; }\n"
               "            if ($s3_status = 503) { return 503 %3; }\n"
               "            return 403 %3;\n"
               "        }\n"
               "        location @s3_no_such_key {\n"
               "            types { }\n"
               "            default_type application/xml;\n"
               "            return 404 '<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
               "NoSuchKey</Code><Message>The specified key does not exist.</Message>"
               "<Resource>$uri</Resource></Error>\n';\n"
               "        }\n"
               "        location @s3_too_large {\n"
               "            types { }\n"
               "            default_type application/xml;\n"
               "            return 400 '<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
               "EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum allowed "
               "size.</Message><Resource>$uri</Resource></Error>\n';\n"
               "        }\n")
        .arg(m_files.mediaDir, xml, decided, QString::number(Limits::mediaBurst));
}

bool EdgeConfig::write(QString *error) const
{
    if (!m_files.mediaDir.isEmpty() &&
        (!QDir().mkpath(m_files.mediaDir + QStringLiteral("/media")) ||
         !QDir().mkpath(m_files.mediaDir + QStringLiteral("/staging/media")) ||
         !QDir().mkpath(m_files.mediaDir + QStringLiteral("/parts")))) {
        *error = QStringLiteral("Cannot create %1").arg(m_files.mediaDir);
        return false;
    }
    for (const char *sub :
         {"", "/tmp/body", "/tmp/proxy", "/tmp/fastcgi", "/tmp/uwsgi", "/tmp/scgi"}) {
        const QString path = m_dir + QLatin1String(sub);
        if (!QDir().mkpath(path) ||
            !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            *error = QStringLiteral("Cannot create %1").arg(path);
            return false;
        }
    }
    QFile::setPermissions(m_dir + QStringLiteral("/tmp"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(configPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("Cannot write %1").arg(configPath());
        return false;
    }
    return true;
}

} // namespace larder::cloud
