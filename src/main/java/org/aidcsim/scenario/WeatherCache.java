package org.aidcsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.aidcsim.weather.EpwFormatException;
import org.aidcsim.weather.EpwReader;

/**
 * Weather files read once per process: sweeps and comparisons compile many variants of a site,
 * and parsing a year of EPW (with a wet bulb solved per hour) costs more than running it. A file
 * changed on disk (size or modification time) is read again.
 */
final class WeatherCache {
    private record Key(Path file, long size, long modifiedMs) {
    }

    private static final ConcurrentHashMap<Key, EpwReader.Result> CACHE = new ConcurrentHashMap<>();

    private WeatherCache() {
    }

    static EpwReader.Result read(Path file) throws EpwFormatException {
        Key key;
        try {
            key = new Key(file.toAbsolutePath().normalize(), Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return EpwReader.read(file);
        }
        EpwReader.Result cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        EpwReader.Result r = EpwReader.read(file);
        CACHE.put(key, r);
        return r;
    }
}
