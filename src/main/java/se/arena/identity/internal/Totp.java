package se.arena.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.commons.codec.binary.Base32;
import se.arena.SecretTokens;

/**
 * RFC 6238 time-based one-time passwords as authenticator apps make them: HMAC-SHA1, six
 * digits, 30-second steps. The codes themselves come from java-otp; this class only decides
 * which steps to accept and how to hand the secret to the app.
 */
final class Totp {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private Totp() {
    }

    static String newSecret() {
        return new Base32().encodeToString(SecretTokens.randomBytes(20)).replace("=", "");
    }

    /**
     * The time step whose code matches, allowing one step either side for a phone whose clock
     * is a little off. The caller must refuse a step it has already accepted.
     */
    static OptionalLong matchingStep(String secret, String typedCode, Instant now) {
        String code = typedCode == null ? "" : typedCode.replaceAll("\\s", "");
        if (!code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long currentStep = now.getEpochSecond() / STEP.toSeconds();
        for (long step = currentStep - 1; step <= currentStep + 1; step++) {
            if (code.equals(codeAt(secret, Instant.ofEpochSecond(step * STEP.toSeconds())))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static String codeAt(String secret, Instant instant) {
        try {
            SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), GENERATOR.getAlgorithm());
            return String.format("%06d", GENERATOR.generateOneTimePassword(key, instant));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A stored TOTP secret is not a usable key", e);
        }
    }

    static String provisioningUri(String secret, String accountEmail) {
        String label = URLEncoder.encode("Arena:" + accountEmail, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Arena&algorithm=SHA1&digits=6&period=30";
    }

    /** The provisioning URI as a QR code, an SVG data URI for an img element. */
    static String qrCodeDataUri(String provisioningUri) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(provisioningUri, BarcodeFormat.QR_CODE, 0, 0);
            int quiet = 4;
            int size = matrix.getWidth() + 2 * quiet;
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x + quiet).append(' ').append(y + quiet).append("h1v1h-1z");
                    }
                }
            }
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                    + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                    + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
            return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }
}
