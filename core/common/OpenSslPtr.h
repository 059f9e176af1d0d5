// SPDX-License-Identifier: MIT
#pragma once

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

#include <memory>

/// Owning pointers for OpenSSL's objects, shared by everything in Larder that speaks OpenSSL
/// (the tablet's key, the cloud's PKI and tokens, the broker plugin): each frees its object with
/// the right OpenSSL function, on every path out.
namespace larder::openssl {

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T *object) const { Free(object); }
};

using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using DigestContextPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using RequestPtr = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ParamBuilderPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using ParamsPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;

} // namespace larder::openssl
